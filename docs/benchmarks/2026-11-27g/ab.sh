#!/bin/bash
# The projects are those build-bench.sh makes, one per version, each referencing its own checkout of the generator:
#   base: /tmp/pg-base (git worktree add /tmp/pg-base d1504c0), new: /work/main at this folder's change.
# Cold whole builds of two consumer projects in turns: ab.sh ROUNDS DIR_A DIR_B [extra dotnet build args]
rounds=$1; a=$2; b=$3; shift 3
mkdir -p /tmp/bench
one() {
  local dir=$1; shift
  rm -rf "$dir/obj/Release" "$dir/bin"
  /usr/bin/time -v -o /tmp/bench/ab.txt dotnet build "$dir" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo -v:d "$@" > /tmp/bench/ab.log 2>&1 || { tail -20 /tmp/bench/ab.log; exit 1; }
  local gen=$(grep -A6 'Total generator execution time' /tmp/bench/ab.log | grep 'PostGenerator, Version' | awk '{print $1}' | head -1)
  local ana=$(grep -A60 'Total analyzer execution time' /tmp/bench/ab.log | grep 'PostGenerator, Version' | awk '{print $1}' | head -1)
  echo "| $dir | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/ab.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/ab.txt) MiB | $gen s | $ana s |"
}
echo "| project | wall | peak RSS | PostsGenerator | PostsAnalyzer |"
echo "| --- | ---: | ---: | ---: | ---: |"
for i in $(seq 1 $rounds); do one "$a" "$@"; one "$b" "$@"; done
