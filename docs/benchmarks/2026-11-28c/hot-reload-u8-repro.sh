#!/usr/bin/env bash
# A minimal app, without PostGenerator, that shows what stops a second Hot Reload edit of a site's posts: a source file
# of COUNT methods, each returning a UTF-8 literal of about 4 KB (what the generator writes for each post), run under
# `dotnet watch`; the literal of one method is edited three times. On .NET SDK 10.0.401 (runtime 10.0.12), with COUNT
# = 300, the first edit is applied and the second is refused by the runtime ("The runtime failed to applying the
# change: The assembly update failed."); dotnet watch then reports later edits as applied while the app keeps the
# first one. With COUNT = 1 every edit is applied; hot-reload-u8-repro-counts.txt has the counts between.
#
#   [REPEAT=200] docs/benchmarks/2026-11-28c/hot-reload-u8-repro.sh [COUNT] [work-dir]
set -euo pipefail
count=${1:-300}
repeat=${REPEAT:-200} # filler repeats per literal: 200 makes a literal of about 4.4 KB
work=${2:-/tmp/hot-reload-u8-repro}
port=5240
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_WATCH_SUPPRESS_EMOJIS=1
rm -rf "$work" && mkdir -p "$work"
cat >"$work/Repro.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
</Project>
EOF
python3 - "$work/Data.cs" "$count" "$repeat" <<'EOF'
import sys
path, count, repeat = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
filler = "内容 content 文字 " * repeat
with open(path, "w", encoding="utf-8") as f:
    f.write("static class Data\n{\n")
    for i in range(count):
        f.write(f'    public static ReadOnlySpan<byte> H{i}() => "<p>item {i} {filler} version zero</p>"u8;\n')
    f.write("}\n")
EOF
cat >"$work/Program.cs" <<'EOF'
var app = WebApplication.Create(args);
app.MapGet("/", () => System.Text.Encoding.UTF8.GetString(Data.H0()).Split(' ')[^1]);
app.Run();
EOF
(cd "$work" && exec setsid dotnet watch --non-interactive run --urls "http://127.0.0.1:$port" >"$work/watch.log" 2>&1) &
leader=$!
trap 'kill -9 -- -$leader 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -s "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 1; done
echo "COUNT = $count literals of $((repeat * 22 + 27)) bytes or so; $(dotnet --version) SDK"
echo "before: $(curl -s "http://127.0.0.1:$port/")"
for version in one two three; do
  sed -i "s/item 0 \(.*\)version [a-z]*/item 0 \1version $version/" "$work/Data.cs"
  sleep 8
  echo "after edit '$version': the app answers '$(curl -s "http://127.0.0.1:$port/")'"
done
grep -E 'dotnet watch : (C# and Razor changes applied|Restart is needed)|runtime failed|Further changes' "$work/watch.log" | sed 's/^/    /'
