#!/bin/bash
# Hugo (cold: public/ and resources/ removed) and our cold build of the same posts, in turns.
#   hugo-in-turns.sh HUGO_SITE BUILD_DIR TITLE TURNS [ARGS...]   (ARGS: extra dotnet build arguments)
# The reports of this folder were made with:
#   big-site-side-by-side.txt              hugo-in-turns.sh /tmp/postgen-sites-big/hugo /tmp/postgen-build-big "N = 5,700, 162 MB" 2
#   hugo-side-by-side-settings-10000.txt   hugo-in-turns.sh /tmp/postgen-sites-10000/hugo /tmp/postgen-build-10000 "N = 10,000" 3 \
#       -p:EnableNETAnalyzers=false -p:DebugType=none '-p:CscEnvironment="DOTNET_TieredPGO=0;DOTNET_GCConserveMemory=7"'
# The sites come from site-bench.sh (SKIP_JEKYLL=1) and build-bench.sh with the same N and --size.
mkdir -p /tmp/bench
site=${1:?usage: hugo-in-turns.sh HUGO_SITE BUILD_DIR TITLE TURNS [ARGS...]}; dir=$2; title=$3; turns=$4; shift 4
row() { # $1: label, $2: /usr/bin/time report
  echo "| $1 | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$2") | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$2") MiB |"
}
echo "| build (cold, $title) | wall | peak RSS |"
echo "| --- | ---: | ---: |"
for i in $(seq 1 "$turns"); do
  (cd "$site" && rm -rf public resources && /usr/bin/time -v -o /tmp/bench/h.txt hugo --quiet > /dev/null 2>&1)
  row "Hugo, $i" /tmp/bench/h.txt
  rm -rf "$dir/obj/Release" "$dir/bin"
  /usr/bin/time -v -o /tmp/bench/t.txt dotnet build "$dir" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo "$@" > /tmp/bench/b.log 2>&1 || { tail -20 /tmp/bench/b.log; exit 1; }
  row "PostGenerator$([ $# -gt 0 ] && echo ' with those settings'), $i" /tmp/bench/t.txt
done
