#!/bin/bash
# Whole cold builds in turns, as build-bench.sh made the projects, with the compiler's runtime as it comes and with
# DOTNET_GCConserveMemory=7 handed to the compiler through the SDK's CscEnvironment property.
#   conserve-memory.sh /tmp/postgen-build-big "N = 5,700, 162 MB"
mkdir -p /tmp/bench
dir=$1; label=$2
one() { # $1: row label, rest: extra msbuild args
  local row=$1; shift
  rm -rf "$dir/obj/Release" "$dir/bin"
  /usr/bin/time -v -o /tmp/bench/c.txt dotnet build "$dir" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo "$@" > /tmp/bench/c.log 2>&1 || { tail -20 /tmp/bench/c.log; exit 1; }
  echo "| $row | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/c.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/c.txt) MiB |"
}
echo "| cold build, $label | wall | peak RSS |"
echo "| --- | ---: | ---: |"
for i in 1 2; do
  one "default, $i"
  one "DOTNET_GCConserveMemory=7, $i" -p:CscEnvironment=DOTNET_GCConserveMemory=7
done
