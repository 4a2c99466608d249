#!/bin/bash
# What our analyzer costs the 10,000-post build (build-bench.sh 10000), after its index came to be read in parallel:
# built cold with -p:NoPost=1, which adds a GlobalAnalyzerConfigFiles item (the Directory.Build.props this script writes
# into the project directory) setting dotnet_diagnostic.POST001..POST019.severity = none, so Roslyn skips the analyzer; and without it,
# in turns. Prints wall time, peak RSS and the analyzer's -reportanalyzer seconds.
mkdir -p /tmp/bench
dir=/tmp/postgen-build-10000
{ echo "is_global = true"; for i in $(seq -w 1 19); do echo "dotnet_diagnostic.POST0$i.severity = none"; done; } > "$dir/nopost.globalconfig"
cat > "$dir/Directory.Build.props" <<'PROPS'
<Project>
  <ItemGroup Condition="'$(NoPost)' == '1'">
    <GlobalAnalyzerConfigFiles Include="$(MSBuildThisFileDirectory)nopost.globalconfig" />
  </ItemGroup>
</Project>
PROPS
for i in 1 2; do
  for v in 0 1; do
    rm -rf "$dir/obj/Release" "$dir/bin"
    /usr/bin/time -v -o /tmp/bench/n.txt dotnet build "$dir" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -p:NoPost=$v -v:d -nologo > /tmp/bench/n.log 2>&1 || exit 1
    ana=$(grep -m1 -E '^ +[0-9.<]+ +[0-9<]+ +PostGenerator\.Diagnostics\.PostsAnalyzer' /tmp/bench/n.log | awk '{print $1}')
    echo "NoPost=$v: $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench/n.txt) $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' /tmp/bench/n.txt) MiB analyzer: ${ana:-<0.001}"
  done
done
