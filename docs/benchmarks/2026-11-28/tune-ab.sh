#!/bin/bash
# Cold whole builds of one consumer in turns: the package's default (PostTuneCompiler=true) against PostTuneCompiler=false.
dir=$1; rounds=$2
one() {
  rm -rf "$dir/obj/Release" "$dir/bin"
  /usr/bin/time -v -o /tmp/bench/tune.txt dotnet build "$dir" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo -v:d "$@" > /tmp/bench/tune.log 2>&1 || { tail -20 /tmp/bench/tune.log; exit 1; }
  local gen=$(grep -A6 'Total generator execution time' /tmp/bench/tune.log | grep 'PostGenerator, Version' | awk '{print $1}' | head -1)
  local envs=$(grep -c 'DOTNET_TieredPGO=0' /tmp/bench/tune.log)
  echo "| ${1:-default} | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/tune.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/tune.txt) MiB | $gen s | $envs |"
}
mkdir -p /tmp/bench
echo "| settings | wall | peak RSS | PostsGenerator | log lines with DOTNET_TieredPGO=0 |"
echo "| --- | ---: | ---: | ---: | ---: |"
for i in $(seq 1 $rounds); do one ; one -p:PostTuneCompiler=false; done
