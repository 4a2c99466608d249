#!/usr/bin/env bash
# What the compiler spends on the generated files of an N-post site, piece by piece: the files the generator wrote for a
# build-bench.sh project (EmitCompilerGeneratedFiles) copied into projects without the generator, each variant with a
# piece of the output taken away, built cold in turns with the compiler's runtime tuned as PostTuneCompiler tunes it.
#
#   [VARIANTS="G H ..."] docs/benchmarks/2026-11-28b/bound-experiment.sh SITE-DIR WORK-DIR ROUNDS
#   e.g. bound-experiment.sh /tmp/postgen-build-10000 /tmp/exp10k 2     (SITE-DIR made by build-bench.sh 10000)
#
# The edits match the files of both versions in this folder: each post's `Create() => ReadPost(…, HtmlUtf8)` (before
# commit "posts read their HTML by their place") and `Create(int place) => ReadPost(…, place)` (since).
#
# Variants (each a regular-expression edit of the copied files):
#   G    the files as generated
#   D    G with each post's Create() passing null! instead of its HtmlUtf8 method group (no delegate per post; the
#        files before the change only: VARIANTS="G D" on them)
#   H    G with every post's HTML literal replaced by "x"u8
#   H2   H with every post's data literal replaced by "x"u8 too
#   Gn, H2n   G and H2 with the SDK's analyzers off (EnableNETAnalyzers=false)
#   H3n  H2n without the shards (Posts/Data*.g.cs) and Posts.All's arms
#   H4n  H3n without the posts' public classes in Posts.g.cs
#   E    one trivial class: the compiler's start and the SDK's build
set -euo pipefail
site=${1:?site dir}; work=${2:?work dir}; rounds=${3:-2}
gen=$site/obj/Release/net10.0/generated/PostGenerator/PostGenerator.PostsGenerator
rm -rf "$work"; mkdir -p "$work"
project() { # $1: dir, $2: extra properties
  mkdir -p "$1"
  cat >"$1/Consumer.csproj" <<EOP
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Consumer</RootNamespace>
    <ReportAnalyzer>true</ReportAnalyzer>
    <CscEnvironment>DOTNET_TieredPGO=0;DOTNET_TC_CallCountingDelayMs=0</CscEnvironment>$2
  </PropertyGroup>
</Project>
EOP
}
edit() { # $1: dir, $2: file glob, $3: pattern, $4: replacement
  python3 - "$1" "$2" "$3" "$4" <<'EOP'
import glob, re, sys
d, pattern, old, new = sys.argv[1:]
count = 0
for f in glob.glob(f"{d}/{pattern}"):
    s = open(f, encoding="utf-8-sig").read()
    s, k = re.subn(old, new, s, flags=re.M)
    count += k
    open(f, "w", encoding="utf-8").write(s)
print(f"{d}: {count} edits", file=sys.stderr)
EOP
}
off='
    <EnableNETAnalyzers>false</EnableNETAnalyzers>'
project "$work/G" ""; cp -r "$gen" "$work/G/gen"; cp "$site/Uses.cs" "$work/G/"
cp -r "$work/G" "$work/D"; edit "$work/D" 'gen/Posts/Data*.g.cs' ', HtmlUtf8\);$' ', null!);'
cp -r "$work/G" "$work/H"; edit "$work/H" 'gen/Posts/Data*.g.cs' 'HtmlUtf8\(\) => ".*"u8;$' 'HtmlUtf8() => "x"u8;'
cp -r "$work/H" "$work/H2"; edit "$work/H2" 'gen/Posts/Data*.g.cs' '(Create\((?:int place)?\) => ReadPost\(Text\()".*"u8(\), (?:HtmlUtf8|place)\);)$' '\1"x"u8\2'
cp -r "$work/G" "$work/Gn"; project "$work/Gn" "$off"
cp -r "$work/H2" "$work/H2n"; project "$work/H2n" "$off"
cp -r "$work/H2n" "$work/H3n"; rm -r "$work/H3n/gen/Posts"; edit "$work/H3n" 'gen/Posts.All.g.cs' '^\s*\d+ => P[0-9a-f]+\.(?:Create\((?:index)?\)|HtmlUtf8\(\)),\n' ''
cp -r "$work/H3n" "$work/H4n"; edit "$work/H4n" 'gen/Posts.g.cs' '^    public static class .*\n' ''
project "$work/E" ""; echo 'namespace Consumer; public static class Empty { public static int X() => 1; }' >"$work/E/Empty.cs"
variants=${VARIANTS:-"G H H2 Gn H2n H3n H4n E"}
for v in $variants; do (cd "$work/$v" && dotnet restore -v:q >/dev/null); done
echo "| variant | round | wall (m:ss) | peak RSS (KB) |"
echo "| --- | ---: | ---: | ---: |"
for r in $(seq 1 "$rounds"); do
  for v in $variants; do
    (cd "$work/$v" && rm -rf obj/Release bin && /usr/bin/time -v -o time.txt dotnet build -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false >build.log) \
      || { tail -20 "$work/$v/build.log"; exit 1; }
    echo "| $v | $r | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/$v/time.txt") | $(awk -F': ' '/Maximum resident/ {print $2}' "$work/$v/time.txt") |"
  done
done
