#!/bin/bash
# Cold whole builds of the 10,000-post project (build-bench.sh 10000) in turns: as it comes (portable PDB) and with
# -p:DebugType=none (no PDB), to see what the PDB of the generated code costs a content library's build.
mkdir -p /tmp/bench
dir=/tmp/postgen-build-10000
one() { # $1: label, rest: extra msbuild args
  local row=$1; shift
  rm -rf "$dir/obj/Release" "$dir/bin"
  /usr/bin/time -v -o /tmp/bench/d.txt dotnet build "$dir" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo "$@" > /tmp/bench/d.log 2>&1 || { tail -20 /tmp/bench/d.log; exit 1; }
  echo "| $row | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/d.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/d.txt) MiB |"
}
echo "| cold build, N = 10,000 | wall | peak RSS |"
echo "| --- | ---: | ---: |"
for i in 1 2; do
  one "portable PDB (default), $i"
  one "DebugType=none, $i" -p:DebugType=none
done
