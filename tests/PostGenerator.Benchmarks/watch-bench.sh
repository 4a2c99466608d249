#!/usr/bin/env bash
# The writer's loop, side by side: how long after a post file is saved a running site serves the edit.
#   ours: a minimal ASP.NET app over N corpus posts under `dotnet watch` (Hot Reload applies the edited post's new
#         generated code to the running app; the generated MetadataUpdateHandler then drops the posts built before);
#   Hugo: `hugo server` (Debian's package) over the same N posts, the minimal site of site-bench.sh.
# Both servers run at once; the edits alternate between them (ours, then Hugo's), each timed from the write of the file
# to the first response that holds the new text, polled every 50 ms. Also: each server's start (until it first
# answers) and its memory after the edits (RSS of the server's processes), and one title edit of ours, which Hot Reload
# cannot apply (a post's title is a constant): dotnet watch then rebuilds and restarts the app.
#
#   tests/PostGenerator.Benchmarks/watch-bench.sh N [work-dir] [rounds]
set -euo pipefail
n=${1:?usage: watch-bench.sh N [work-dir] [rounds]}
work=${2:-/tmp/postgen-watch-$n}
rounds=${3:-5}
repo=$(cd "$(dirname "$0")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_WATCH_SUPPRESS_EMOJIS=1
our_port=5231
hugo_port=5232

source "$repo/tests/PostGenerator.Benchmarks/bench-lib.sh"
build_corpus_maker
rm -rf "$work"
mkdir -p "$work/app/content"
corpus "$work/app/content" "$n"

consumer_project "$work/app/App.csproj" Microsoft.NET.Sdk.Web '    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <RootNamespace>App</RootNamespace>'
# A post's page is its title and its Html (the decoded string a post keeps once read): an edit shows only if the
# handler made the app build the post again.
cat >"$work/app/Program.cs" <<'EOF'
using App;

var app = WebApplication.Create(args);
app.MapGet("/__newest", () => Posts.All[0].Url + "\n" + Posts.All[0].SourcePath);
// Not MapFallback: its route leaves out paths that look like files, as every post's ".html" does.
app.MapGet("/{**path}", (HttpContext context) =>
    Posts.ByUrl(context.Request.Path.ToUriComponent()) is { } post
        ? Results.Content("<h1>" + post.Title + "</h1>" + post.Html, "text/html; charset=utf-8")
        : Results.NotFound());
app.Run();
EOF

hugo_site "$work/hugo" "$work/app/content/_posts"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
# Polls $1 until its body holds $2; prints the seconds since $3, or "timeout" after 60 s.
wait_for() {
  local url=$1 text=$2 start=$3
  for _ in $(seq 1 1200); do
    if curl -s --max-time 5 "$url" 2>/dev/null | grep -qF -- "$text"; then since "$start"; return; fi
    sleep 0.05
  done
  echo "not served within 60"
}
rss_of() { # the summed RSS (MiB) of the processes of session $1 (each server is started as a session of its own)
  ps -eo rss=,sid= | awk -v sid="$1" '$2 == sid { s += $1 } END { printf "%.0f", s / 1024 }'
}

pids=()
# dotnet watch can outlive a TERM (its watchers then hold inotify instances, 128 per user here): KILL what is left.
cleanup() {
  for p in "${pids[@]}"; do kill -- -"$p" 2>/dev/null || true; done
  sleep 2
  for p in "${pids[@]}"; do kill -9 -- -"$p" 2>/dev/null || true; done
}
trap cleanup EXIT

dotnet restore "$work/app" -v:q -nologo >/dev/null
start=$(now)
(cd "$work/app" && exec setsid dotnet watch --non-interactive run --urls "http://127.0.0.1:$our_port" >"$work/watch.log" 2>&1) &
pids+=($!)
ours_start=$(wait_for "http://127.0.0.1:$our_port/__newest" "_posts/" "$start")
[[ $ours_start != timeout ]] || { tail -30 "$work/watch.log"; exit 1; }
start=$(now)
(cd "$work/hugo" && exec setsid hugo server --port "$hugo_port" --bind 127.0.0.1 --disableLiveReload >"$work/hugo.log" 2>&1) &
pids+=($!)
hugo_start=$(wait_for "http://127.0.0.1:$hugo_port/" "<ul>" "$start")

newest=$(curl -s "http://127.0.0.1:$our_port/__newest")
our_url=$(sed -n 1p <<<"$newest")
source_path=$(sed -n 2p <<<"$newest")
our_file="$work/app/$source_path"
hugo_file="$work/hugo/content/posts/$(basename "$source_path")"
# Hugo's URL of the same file, percent-encoded as it serves it.
hugo_url=$(cd "$work/hugo" && hugo list all 2>/dev/null | awk -F, -v f="content/posts/$(basename "$source_path")" '$1 == f { print $8 }' \
  | python3 -c 'import sys, urllib.parse; u = urllib.parse.urlsplit(sys.stdin.read().strip()); print(urllib.parse.quote(urllib.parse.unquote(u.path)))')

echo "N = $n posts; $(nproc) cores; $(dotnet --version) SDK; $(hugo version | cut -d' ' -f1-2)"
echo "edited post: $source_path"
echo
echo "| server | start (until it first answers) |"
echo "| --- | ---: |"
echo "| ours: dotnet watch (build, then Hot Reload's own compilation) | ${ours_start} s |"
echo "| Hugo: hugo server | ${hugo_start} s |"
echo
echo "| edit | ours: dotnet watch | Hugo: hugo server |"
echo "| --- | ---: | ---: |"
for i in $(seq 1 "$rounds"); do
  marker="Edited paragraph $i $(date +%s%N)."
  start=$(now); printf '\n%s\n' "$marker" >>"$our_file"; ours=$(wait_for "http://127.0.0.1:$our_port$our_url" "$marker" "$start")
  start=$(now); printf '\n%s\n' "$marker" >>"$hugo_file"; hugo=$(wait_for "http://127.0.0.1:$hugo_port$hugo_url" "$marker" "$start")
  echo "| body $i | $ours s | $hugo s |"
done
marker="Title edited $(date +%s%N)"
start=$(now); sed -i "0,/^title:.*/s//title: \"$marker\"/" "$our_file"; ours=$(wait_for "http://127.0.0.1:$our_port$our_url" "$marker" "$start")
start=$(now); sed -i "0,/^title:.*/s//title: \"$marker\"/" "$hugo_file"; hugo=$(wait_for "http://127.0.0.1:$hugo_port$hugo_url" "$marker" "$start")
echo "| title (ours: a restart) | $ours s | $hugo s |"
echo
echo "Memory after the edits: ours $(rss_of "${pids[0]}") MiB (dotnet watch, its compiler workspace, the build's processes still alive and the app), Hugo $(rss_of "${pids[1]}") MiB."
echo "dotnet watch's own lines:"
grep -E 'dotnet watch : (File updated|C# and Razor changes applied|Restart is needed|Building)|runtime failed|Further changes' "$work/watch.log" | sed 's/^/    /'
