#!/bin/bash
# Hugo (cold: public/ and resources/ removed) and our cold build of the same 5,700 posts of about 28 KB (162 MB), in
# turns. The sites come from:
#   SKIP_JEKYLL=1 tests/PostGenerator.Benchmarks/site-bench.sh 5700 /tmp/postgen-sites-big --size 28000
#   tests/PostGenerator.Benchmarks/build-bench.sh 5700 /tmp/postgen-build-big --size 28000
mkdir -p /tmp/bench
hugo_one() {
  (cd /tmp/postgen-sites-big/hugo && rm -rf public resources && /usr/bin/time -v -o /tmp/bench/h.txt hugo --quiet > /dev/null 2>&1)
  echo "| Hugo, $1 | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/h.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/h.txt) MiB |"
}
ours_one() {
  rm -rf /tmp/postgen-build-big/obj/Release /tmp/postgen-build-big/bin
  /usr/bin/time -v -o /tmp/bench/t.txt dotnet build /tmp/postgen-build-big -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo > /tmp/bench/b.log 2>&1 || exit 1
  echo "| PostGenerator, $1 | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/t.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/t.txt) MiB |"
}
echo "| build (cold, N = 5,700, 162 MB) | wall | peak RSS |"
echo "| --- | ---: | ---: |"
for i in 1 2; do hugo_one $i; ours_one $i; done
