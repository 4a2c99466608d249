#!/usr/bin/env bash
# Builds the same N corpus posts with Hugo and with Jekyll (Debian's packages: apt-get install -y hugo jekyll), each a
# minimal site with post pages and tag pages, and reports wall time and peak memory (/usr/bin/time -v), for the
# side-by-side table in docs/performance.md. Our own build of the same posts: build-bench.sh.
#
#   tests/PostGenerator.Benchmarks/site-bench.sh N [work-dir] [--size 4096] [--seed 1]
#   SKIP_JEKYLL=1 …  Hugo only (Debian's Jekyll 4.3.1 is quadratic in the number of posts: minutes at N = 10,000)
set -euo pipefail
n=${1:?usage: site-bench.sh N [work-dir] [--size BYTES] [--seed S]}
shift
work=/tmp/postgen-sites-$n
if [[ $# -gt 0 && $1 != --* ]]; then work=$1; shift; fi
repo=$(cd "$(dirname "$0")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

source "$repo/tests/PostGenerator.Benchmarks/bench-lib.sh"
build_corpus_maker
rm -rf "$work"
mkdir -p "$work/corpus" "$work/jekyll/_layouts"
corpus "$work/corpus" "$n" "$@"

# Hugo: the minimal site of bench-lib.sh.
hugo_site "$work/hugo" "$work/corpus/_posts"

# Jekyll: Liquid is switched off in posts (render_with_liquid: false), so {% post_url %} stays text as in Hugo;
# a tags page lists every tag with its posts (Jekyll makes no per-tag pages without a plugin).
cp -r "$work/corpus/_posts" "$work/jekyll/_posts"
cat >"$work/jekyll/_config.yml" <<'EOF'
title: bench
permalink: date
defaults:
  - scope: { path: "", type: posts }
    values: { layout: post, render_with_liquid: false }
EOF
cat >"$work/jekyll/_layouts/post.html" <<'EOF'
<!doctype html><html><head><title>{{ page.title }}</title></head><body><h1>{{ page.title }}</h1><p>{{ page.date | date: "%Y-%m-%d" }} {{ page.tags | join: " " }}</p>{{ content }}</body></html>
EOF
cat >"$work/jekyll/tags.html" <<'EOF'
---
---
<!doctype html><html><body>{% for tag in site.tags %}<h2 id="{{ tag[0] }}">{{ tag[0] }}</h2><ul>{% for post in tag[1] %}<li><a href="{{ post.url }}">{{ post.title }}</a></li>{% endfor %}</ul>{% endfor %}</body></html>
EOF

row() { # $1: label, $2: time file
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$2")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$2")
  echo "| $1 | $wall | $rss MiB |"
}

echo
echo "N = $n posts; $(hugo version | cut -d' ' -f1-2); $(jekyll --version)"
echo
echo "| build | wall (m:ss) | peak RSS |"
echo "| --- | ---: | ---: |"
(cd "$work/hugo" && /usr/bin/time -v -o ../hugo.time hugo --quiet >../hugo.log 2>&1) || { tail -20 "$work/hugo.log"; exit 1; }
row "Hugo $(hugo version | cut -d' ' -f2 | cut -d+ -f1), cold" "$work/hugo.time"
if [[ -z ${SKIP_JEKYLL:-} ]]; then
  (cd "$work/jekyll" && /usr/bin/time -v -o ../jekyll.time jekyll build --quiet >../jekyll.log 2>&1) || { tail -20 "$work/jekyll.log"; exit 1; }
  row "Jekyll $(jekyll --version | cut -d' ' -f2), cold" "$work/jekyll.time"
fi
echo
echo "pages: Hugo $(find "$work/hugo/public" -name '*.html' | wc -l), Jekyll $(find "$work/jekyll/_site" -name '*.html' 2>/dev/null | wc -l)"
