#!/bin/bash
# Cold whole builds of the 10,000-post project (build-bench.sh 10000) in turns: as it comes, and with every setting
# docs/performance.md suggests for a library that holds only content: no SDK analyzers, no PDB, and the compiler's
# runtime with tiered PGO off and the garbage collector conserving memory (through CscEnvironment; a fresh compiler).
mkdir -p /tmp/bench
dir=${1:-/tmp/postgen-build-10000}
one() { # $1: label, rest: extra msbuild args
  local row=$1; shift
  rm -rf "$dir/obj/Release" "$dir/bin"
  /usr/bin/time -v -o /tmp/bench/s.txt dotnet build "$dir" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo "$@" > /tmp/bench/s.log 2>&1 || { tail -20 /tmp/bench/s.log; exit 1; }
  echo "| $row | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/s.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/s.txt) MiB |"
}
echo "| cold build, $dir | wall | peak RSS |"
echo "| --- | ---: | ---: |"
for i in 1 2; do
  one "as it comes, $i"
  one "content-library settings, $i" -p:EnableNETAnalyzers=false -p:DebugType=none '-p:CscEnvironment="DOTNET_TieredPGO=0;DOTNET_GCConserveMemory=7"'
done
