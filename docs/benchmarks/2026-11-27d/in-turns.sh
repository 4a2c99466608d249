#!/bin/bash
# Cold whole builds of a project made by build-bench.sh, in turns: as it comes, then with extra dotnet build arguments.
#   in-turns.sh DIR TITLE LABEL ARGS...
# The reports of this folder were made with:
#   conserve-memory-5700-28k.txt   in-turns.sh /tmp/postgen-build-big "N = 5,700, 162 MB" "DOTNET_GCConserveMemory=7" -p:CscEnvironment=DOTNET_GCConserveMemory=7
#   conserve-memory-10000.txt      in-turns.sh /tmp/postgen-build-10000 "N = 10,000, 4 KB posts" (same setting)
#   conserve-memory-20000.txt      in-turns.sh /tmp/postgen-build-20000 "N = 20,000, 4 KB posts" (same setting)
#   debug-type-10000.txt           in-turns.sh /tmp/postgen-build-10000 "N = 10,000" "DebugType=none" -p:DebugType=none
#   content-library-settings-10000.txt and -5700-28k.txt (DIR /tmp/postgen-build-10000 or /tmp/postgen-build-big):
#     in-turns.sh DIR DIR "content-library settings" -p:EnableNETAnalyzers=false -p:DebugType=none \
#       '-p:CscEnvironment="DOTNET_TieredPGO=0;DOTNET_GCConserveMemory=7"'
# (their first row was labelled "default", "portable PDB (default)" or "as it comes": the same build). The last row of
# conserve-memory-5700-28k.txt, tiered PGO off as well, is one more build with that CscEnvironment.
mkdir -p /tmp/bench
dir=${1:?usage: in-turns.sh DIR TITLE LABEL ARGS...}; title=$2; label=$3; shift 3
one() { # $1: row label, rest: extra dotnet build arguments
  local row=$1; shift
  rm -rf "$dir/obj/Release" "$dir/bin"
  /usr/bin/time -v -o /tmp/bench/turn.txt dotnet build "$dir" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -nologo "$@" > /tmp/bench/turn.log 2>&1 || { tail -20 /tmp/bench/turn.log; exit 1; }
  echo "| $row | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/turn.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/turn.txt) MiB |"
}
echo "| cold build, $title | wall | peak RSS |"
echo "| --- | ---: | ---: |"
for i in 1 2; do
  one "as it comes, $i"
  one "$label, $i" "$@"
done
