#!/bin/bash
# Cold builds of the previous version (base, /tmp/bb-base -> /tmp/pg-base, commit 5074d61) and this one (new,
# /tmp/postgen-build-10000 -> /work/main), in turns, on the same 10,000 posts. /tmp/postgen-build-10000 is made by
# tests/PostGenerator.Benchmarks/build-bench.sh 10000; /tmp/bb-base is a copy of its content/, Uses.cs and
# Consumer.csproj with /work/main/ replaced by /tmp/pg-base/ (git worktree add /tmp/pg-base 5074d61).
one() { # $1 label, $2 dir
  rm -rf "$2/obj/Release" "$2/bin"
  /usr/bin/time -v -o /tmp/bench/t.txt dotnet build "$2" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -v:d -nologo > /tmp/bench/b.log 2>&1 || { tail -20 /tmp/bench/b.log; exit 1; }
  gen=$(grep -m1 -E '^ +[0-9.<]+ +[0-9<]+ +PostGenerator\.PostsGenerator$' /tmp/bench/b.log | awk '{print $1}')
  ana=$(grep -m1 -E 'PostGenerator\.Diagnostics\.PostsAnalyzer' /tmp/bench/b.log | awk '{print $1}')
  echo "| $1 | $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/t.txt) | $gen s | $ana s | $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/t.txt) MiB |"
}
echo "| build (cold) | wall | PostsGenerator | PostsAnalyzer | peak RSS |"
echo "| --- | ---: | ---: | ---: | ---: |"
for i in 1 2 3; do one "base, $i" /tmp/bb-base; one "new, $i" /tmp/postgen-build-10000; done
