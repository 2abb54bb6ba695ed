#!/usr/bin/env bash
# Renders the component fixtures (tests/fixtures/components/*.md) to PNG for
# the README's gallery: docs/img/components/<component>-<slide>.png.
# Needs LibreOffice and poppler-utils (samling preview --png uses them).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
node bin/samling.js preview tests/fixtures/components --out "$out/pptx" --png "$out/png" >/dev/null
mkdir -p docs/img/components
for dir in "$out"/png/*/; do
  name=$(basename "$dir")
  for png in "$dir"*.png; do cp "$png" "docs/img/components/$name-$(basename "$png")"; done
done
ls docs/img/components | wc -l
