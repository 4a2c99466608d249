#!/bin/bash
# Cold whole builds in turns, one per CscEnvironment given: env-ab.sh DIR ROUNDS ENV1 ENV2 ...
dir=$1; rounds=$2; shift 2
one() {
  rm -rf "$dir/obj/Release" "$dir/bin"
  /usr/bin/time -v -o /tmp/bench/env.txt dotnet build "$dir" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo -v:d "-p:CscEnvironment=\"$1\"" > /tmp/bench/env.log 2>&1 || { tail -20 /tmp/bench/env.log; exit 1; }
  local gen=$(grep -A6 'Total generator execution time' /tmp/bench/env.log | grep 'PostGenerator, Version' | awk '{print $1}' | head -1)
  echo "| $1 | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/env.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/env.txt) MiB | $gen s |"
}
mkdir -p /tmp/bench
echo "| CscEnvironment | wall | peak RSS | PostsGenerator |"
echo "| --- | ---: | ---: | ---: |"
for i in $(seq 1 $rounds); do for e in "$@"; do one "$e"; done; done
