#!/usr/bin/env bash
# Installs what the browser test needs when it is missing: Debian's Chromium, and CJK and emoji fonts (without a CJK
# font the Chinese posts render as empty boxes and the test fails on purpose). Needs root and apt-get.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -qi "color emoji" || need+=(fonts-noto-color-emoji)
[ ${#need[@]} -eq 0 ] && exit 0
apt-get install -y "${need[@]}" || (apt-get update && apt-get install -y "${need[@]}")
