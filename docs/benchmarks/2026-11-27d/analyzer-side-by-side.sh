#!/bin/bash
# Cold whole builds of the 10,000-post project (build-bench.sh 10000), in turns: the previous version (a copy of the
# project whose Consumer.csproj points at a worktree of commit 34c7168, /tmp/pg-base) and this one. Prints wall time,
# peak RSS and the compiler's -reportanalyzer seconds for our generator and analyzer.
mkdir -p /tmp/bench
one() { # $1: label, $2: project dir
  rm -rf "$2/obj/Release" "$2/bin"
  /usr/bin/time -v -o /tmp/bench/a.txt dotnet build "$2" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -nologo > /tmp/bench/a.log 2>&1 || { tail -20 /tmp/bench/a.log; exit 1; }
  local gen ana
  gen=$(grep -m1 -E '^ +[0-9.<]+ +[0-9<]+ +PostGenerator\.PostsGenerator$' /tmp/bench/a.log | awk '{print $1}')
  ana=$(grep -m1 -E '^ +[0-9.<]+ +[0-9<]+ +PostGenerator\.Diagnostics\.PostsAnalyzer' /tmp/bench/a.log | awk '{print $1}')
  echo "| $1 | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/a.txt) | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/a.txt) MiB | $gen s | $ana s |"
}
echo "| cold build, N = 10,000 | wall | peak RSS | PostsGenerator | PostsAnalyzer |"
echo "| --- | ---: | ---: | ---: | ---: |"
for i in 1 2 3; do
  one "previous version, $i" /tmp/postgen-build-10000-base
  one "index read in parallel, $i" /tmp/postgen-build-10000
done
