#!/usr/bin/env bash
# Times a whole `dotnet build` of a consumer project with N generated posts: cold, then after one post's body is
# edited. Reports wall time, our generator's and analyzer's share (the compiler's -reportanalyzer), peak memory of
# the build and the compiler (/usr/bin/time -v), generated source bytes and the built assembly's size.
#
#   tests/PostGenerator.Benchmarks/build-bench.sh N [work-dir] [--size 4096] [--seed 1]
#
# The compiler runs in-process of the build (UseSharedCompilation=false, no node reuse) so that its memory is
# counted; the default compiler server would hide it in a separate process. Needs /usr/bin/time (Debian: time).
set -euo pipefail
n=${1:?usage: build-bench.sh N [work-dir] [--size BYTES] [--seed S]}
shift
work=/tmp/postgen-build-$n
if [[ $# -gt 0 && $1 != --* ]]; then work=$1; shift; fi
repo=$(cd "$(dirname "$0")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time: apt-get install -y time" >&2; exit 1; }

echo "building the generator and the corpus maker..." >&2
source "$repo/tests/PostGenerator.Benchmarks/bench-lib.sh"
build_corpus_maker

rm -rf "$work"
mkdir -p "$work/content"
corpus "$work/content" "$n" "$@"
consumer_project "$work/Consumer.csproj" Microsoft.NET.Sdk '    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <RootNamespace>Consumer</RootNamespace>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <ReportAnalyzer>true</ReportAnalyzer>'
cat >"$work/Uses.cs" <<'EOF'
namespace Consumer;

/// <summary>What an app does on its first request, and a check that reading the HTML allocates nothing.</summary>
public static class Uses
{
    public static int FirstRequest() => Posts.All[0].HtmlUtf8.Length;

    public static long BytesAllocatedReadingEveryHtml()
    {
        // Posts are built on first read (that allocates, once per post); reading their HTML must not.
        var all = Posts.All;
        foreach (var post in all)
        {
            _ = post.Title;
        }

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        long length = 0;
        for (var i = 0; i < all.Count; i++)
        {
            length += all[i].HtmlUtf8.Length;
        }

        return System.GC.GetAllocatedBytesForCurrentThread() - before + (length < 0 ? 1 : 0);
    }
}
EOF
dotnet restore "$work" -v:q -nologo >/dev/null

build() { # $1: label, then any extra arguments for dotnet build
  local label=$1 log="$work/$1.log" timing="$work/$1.time"
  shift
  /usr/bin/time -v -o "$timing" dotnet build "$work" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -v:d -nologo "$@" >"$log" 2>&1 \
    || { tail -30 "$log"; exit 1; }
  local wall rss gen ana total
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$timing")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$timing")
  # csc -reportanalyzer (printed at detailed verbosity): seconds spent in our generator and in our analyzer.
  gen=$(grep -m1 -E '^ +[0-9.<]+ +[0-9<]+ +PostGenerator\.PostsGenerator$' "$log" | awk '{print $1}' || true)
  ana=$(grep -m1 -E 'PostGenerator\.Diagnostics\.PostsAnalyzer' "$log" | awk '{print $1}' || true)
  total=$(grep -m1 -E 'Total generator execution time' "$log" | grep -oE '[0-9]+\.[0-9]+' || true)
  echo "| $label | $wall | ${gen:-?} s (all generators: ${total:-?} s) | ${ana:-?} s | $rss MiB |"
}

echo
echo "N = $n posts, $(du -sb "$work/content/_posts" | cut -f1) bytes of posts; $(nproc) cores; $(dotnet --version) SDK"
echo
echo "| build | wall (m:ss) | PostsGenerator (csc -reportanalyzer) | PostsAnalyzer | peak RSS (largest process) |"
echo "| --- | ---: | ---: | ---: | ---: |"
build cold
post=$(ls "$work/content/_posts" | sort | sed -n "$((n / 2 + 1))p")
printf '\nOne more paragraph, added by build-bench.sh.\n' >>"$work/content/_posts/$post"
build "one-post-edited"
# The same build with the compiler's runtime as it comes: the package's PostTuneCompiler turns tiered PGO off (and from
# 2,000 posts starts call counting at once) for a compiler the build starts; this row sets PostTuneCompiler=false, so
# the compiler runs with tiered PGO on (about 30 s against 19 s at N = 10,000, see docs/performance.md).
printf '\nOne more paragraph, added by build-bench.sh.\n' >>"$work/content/_posts/$post"
build "one-post-edited, PostTuneCompiler=false" -p:PostTuneCompiler=false
# A cold build with the settings docs/performance.md suggests for a library that holds only content: no SDK
# analyzers, no PDB, and the compiler's runtime with tiered PGO off and a heap compacted sooner.
rm -rf "$work/obj/Release" "$work/bin"
build "cold, content-library settings" -p:EnableNETAnalyzers=false -p:DebugType=none '-p:CscEnvironment="DOTNET_TieredPGO=0;DOTNET_GCConserveMemory=7"'

# The compiler server, dotnet build's default where UseSharedCompilation is not turned off (this machine's
# environment turns it off): a first build starts it, a build after an edit finds it warm. Its memory is the server's,
# not counted here.
server_build() { # $1: label
  local log="$work/$1.log" start end gen
  start=$(date +%s.%N)
  dotnet build "$work" -c Release --no-restore -p:UseSharedCompilation=true -v:d -nologo >"$log" 2>&1 || { tail -30 "$log"; exit 1; }
  end=$(date +%s.%N)
  gen=$(grep -m1 -E '^ +[0-9.<]+ +[0-9<]+ +PostGenerator\.PostsGenerator$' "$log" | awk '{print $1}' || true)
  grep -q "CompilerServer: server - server processed compilation" "$log" || echo "(the compiler server did not take the build)"
  echo "| $1 | $(awk -v s="$start" -v e="$end" 'BEGIN { t = e - s; printf "%d:%05.2f", t / 60, t - 60 * int(t / 60) }') | ${gen:-?} s | | (server) |"
}
dotnet build-server shutdown >/dev/null 2>&1
rm -rf "$work/obj/Release" "$work/bin"
server_build "compiler server, first build"
printf '\nOne more paragraph, added by build-bench.sh.\n' >>"$work/content/_posts/$post"
server_build "compiler server, warm, one post edited"
dotnet build-server shutdown >/dev/null 2>&1

# The layout recommended for big sites: content in its own class library, the app in another project. An app edit
# then builds the app alone (the content library is up to date: neither its compile nor the generator runs); compare
# with the same edit made inside the project that holds the content.
app=$work-app
rm -rf "$app"
mkdir -p "$app"
cat >"$app/App.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$work/Consumer.csproj" />
  </ItemGroup>
</Project>
EOF
echo 'public static class AppCode { public static int Posts => Consumer.Uses.FirstRequest(); }' >"$app/AppCode.cs"
# The app's Main times its first request from the start of Main, as `startup parse` does: the call sits in a method of
# its own so that loading Consumer.dll (when that method is compiled) falls inside the measured time.
cat >"$app/Program.cs" <<'EOF'
using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

var watch = Stopwatch.StartNew();
if (args is ["allocations"])
{
    First();
    Console.WriteLine(Consumer.Uses.BytesAllocatedReadingEveryHtml().ToString(CultureInfo.InvariantCulture));
    return;
}

First();
Console.WriteLine(watch.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));

[MethodImpl(MethodImplOptions.NoInlining)]
static int First() => AppCode.Posts;
EOF
dotnet restore "$app" -v:q -nologo >/dev/null
dotnet build "$app" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -v:q -nologo >/dev/null
echo '// edited' >>"$app/AppCode.cs"
/usr/bin/time -v -o "$app/app.time" dotnet build "$app" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -v:q -nologo >"$app/app.log" 2>&1
echo '// edited' >>"$work/Uses.cs"
/usr/bin/time -v -o "$work/inside.time" dotnet build "$work" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -v:q -nologo >"$work/inside.log" 2>&1
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$1"; }
echo
echo "| a .cs file edited | wall (m:ss) |"
echo "| --- | ---: |"
echo "| in the app, content in its own library | $(wall "$app/app.time") |"
echo "| in the project that holds the content | $(wall "$work/inside.time") |"

generated=$(find "$work/obj/Release" -path '*generated/PostGenerator*' -name '*.cs' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
files=$(find "$work/obj/Release" -path '*generated/PostGenerator*' -name '*.cs' | wc -l)
echo
echo "| output | size |"
echo "| --- | ---: |"
echo "| generated C# ($files files) | $generated bytes |"
echo "| Consumer.dll | $(stat -c %s "$work/bin/Release/net10.0/Consumer.dll") bytes |"

# First request: a fresh process that loads the built assembly and reads the newest post's HTML, against a fresh
# process that reads and parses the same posts with YamlDotNet and Markdig first (what an app without the generator
# does at start-up). Best of 5 each.
tool="$repo/tests/PostGenerator.Benchmarks/bin/Release/net10.0/PostGenerator.Benchmarks.dll"
best() { sort -n | head -1; }
# Both sides alternate, so that a change of load on this shared machine falls on both.
generated=() parsed=() reflected=()
for i in 1 2 3 4 5; do
  generated+=("$(dotnet "$app/bin/Release/net10.0/App.dll")")
  parsed+=("$(dotnet "$tool" startup parse "$work/content")")
  reflected+=("$(dotnet "$tool" startup generated "$work/bin/Release/net10.0/Consumer.dll")")
done
g=$(printf '%s\n' "${generated[@]}" | best) p=$(printf '%s\n' "${parsed[@]}" | best) r=$(printf '%s\n' "${reflected[@]}" | best)
allocated=$(dotnet "$app/bin/Release/net10.0/App.dll" allocations)
echo
echo "| first request, in a fresh process, from the start of Main (best of 5) | ms |"
echo "| --- | ---: |"
echo "| generated: the app's first Posts.All[0].HtmlUtf8 (loads Consumer.dll) | $g |"
echo "| generated, reached by reflection (Assembly.LoadFrom, GetMethod, Invoke) | $r |"
echo "| parse at start-up: read $n posts, YamlDotNet + Markdig, then the first | $p |"
echo "| ratio, parse / generated | $(awk -v p="$p" -v g="$g" 'BEGIN { printf "%.1f", p / g }') |"
echo
echo "Bytes allocated reading HtmlUtf8 of every post (each post built once before): $allocated"
