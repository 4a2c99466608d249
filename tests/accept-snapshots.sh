#!/usr/bin/env bash
# Accepts every pending snapshot: renames *.received.cs to *.verified.cs. Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/PostGenerator.Tests/Snapshots"
shopt -s nullglob
for received in *.received.cs; do
  mv -- "$received" "${received%.received.cs}.verified.cs"
  echo "accepted ${received%.received.cs}"
done
