#!/bin/bash
# Hugo (cold: public/ and resources/ removed) and our cold build of the same 10,000 posts with the content-library
# settings of docs/performance.md, in turns.
mkdir -p /tmp/bench
hugo_one() {
  (cd /tmp/postgen-sites-10000/hugo && rm -rf public resources && /usr/bin/time -v -o /tmp/bench/h.txt hugo --quiet > /dev/null 2>&1)
  echo "| Hugo, $1 | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/h.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/h.txt) MiB |"
}
ours_one() {
  rm -rf /tmp/postgen-build-10000/obj/Release /tmp/postgen-build-10000/bin
  /usr/bin/time -v -o /tmp/bench/t.txt dotnet build /tmp/postgen-build-10000 -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo \
    -p:EnableNETAnalyzers=false -p:DebugType=none '-p:CscEnvironment="DOTNET_TieredPGO=0;DOTNET_GCConserveMemory=7"' > /tmp/bench/b.log 2>&1 || exit 1
  echo "| PostGenerator with the content-library settings, $1 | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/t.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/t.txt) MiB |"
}
echo "| build (cold, N = 10,000) | wall | peak RSS |"
echo "| --- | ---: | ---: |"
for i in 1 2 3; do hugo_one $i; ours_one $i; done
