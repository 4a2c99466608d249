#!/usr/bin/env bash
# What the benchmark scripts share, sourced by build-bench.sh, site-bench.sh and watch-bench.sh after they set $repo
# (the checkout): the corpus, a project that uses this checkout's generator as the package would, and the minimal Hugo
# site the side-by-side runs build or serve.

# Builds the benchmark runner, which writes the corpus (quietly; before the first `corpus`).
build_corpus_maker() {
  dotnet build "$repo/tests/PostGenerator.Benchmarks" -c Release -v:q -nologo >/dev/null
}

# corpus DIR N [--size BYTES] [--seed S]: N seed-like posts under DIR/_posts (CorpusMaker.cs).
corpus() {
  local dir=$1 n=$2
  shift 2
  dotnet "$repo/tests/PostGenerator.Benchmarks/bin/Release/net10.0/PostGenerator.Benchmarks.dll" corpus "$dir" "$n" "$@" >&2
}

# consumer_project FILE SDK PROPERTIES: a project that references this checkout's generator the way the package wires
# it (its props, the generator as an analyzer, its targets), with PROPERTIES (lines of MSBuild properties) as its own.
consumer_project() {
  local file=$1 sdk=$2 properties=$3
  cat >"$file" <<EOF
<Project Sdk="$sdk">
  <Import Project="$repo/src/PostGenerator/build/PostGenerator.props" />
  <PropertyGroup>
$properties
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/PostGenerator/PostGenerator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$repo/src/PostGenerator/build/PostGenerator.targets" />
</Project>
EOF
}

# hugo_site DIR POSTS_DIR: post pages with their tags, list pages for the posts and for Hugo's default taxonomies (tags,
# categories), raw HTML passed through (as our generator and kramdown do); POSTS_DIR's files copied in.
hugo_site() {
  local site=$1 posts=$2
  mkdir -p "$site/content/posts" "$site/layouts/_default"
  cp "$posts/"* "$site/content/posts/"
  cat >"$site/hugo.toml" <<'EOF'
baseURL = "https://example.com/"
title = "bench"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = true
EOF
  cat >"$site/layouts/_default/single.html" <<'EOF'
<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }} {{ range .Params.tags }}<a href="/tags/{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>{{ .Content }}</body></html>
EOF
  cat >"$site/layouts/_default/list.html" <<'EOF'
<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
EOF
}
