#!/usr/bin/env bash
# The minimal Hugo site every side-by-side benchmark builds or serves: post pages with their tags, list pages for the
# posts and for Hugo's default taxonomies (tags, categories), raw HTML passed through (as our generator and kramdown
# do). Sourced by site-bench.sh and watch-bench.sh:  hugo_site DIR POSTS_DIR  (copies POSTS_DIR's files in).
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
