#!/usr/bin/env bash
# Build each written evaluation set and score it with the project's own scorer (kg eval).
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${KG:-.venv/bin/kg}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for set in eval/set_*/; do
  name=$(basename "$set")
  "$kg" build "$set" -o "$out/$name" -q --no-html --no-validate --no-cache
  echo "== $name"
  "$kg" eval "$set" --graph "$out/$name/graph.ttl" | tail -1
done
