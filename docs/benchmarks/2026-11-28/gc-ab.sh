#!/bin/bash
# Cold whole builds in turns: CscEnvironment with tiered PGO off alone, against tiered PGO off and DOTNET_GCConserveMemory=7.
dir=$1; rounds=$2
one() {
  rm -rf "$dir/obj/Release" "$dir/bin"
  /usr/bin/time -v -o /tmp/bench/gc.txt dotnet build "$dir" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo -v:d "$@" > /tmp/bench/gc.log 2>&1 || { tail -20 /tmp/bench/gc.log; exit 1; }
  local gen=$(grep -A6 'Total generator execution time' /tmp/bench/gc.log | grep 'PostGenerator, Version' | awk '{print $1}' | head -1)
  echo "| $1 | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/gc.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/gc.txt) MiB | $gen s |"
}
mkdir -p /tmp/bench
echo "| settings | wall | peak RSS | PostsGenerator |"
echo "| --- | ---: | ---: | ---: |"
for i in $(seq 1 $rounds); do one '-p:CscEnvironment=DOTNET_TieredPGO=0'; one '-p:CscEnvironment="DOTNET_TieredPGO=0;DOTNET_GCConserveMemory=7"'; done
