#!/usr/bin/env bash
# Renders the component fixtures (tests/fixtures/components/*.md) to PNG for
# the README's gallery: docs/img/components/<component>-<slide>.png.
# Needs LibreOffice and poppler-utils (samling preview --png uses them).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
node bin/samling.js preview tests/fixtures/components --out "$out/pptx" --png "$out/png" >/dev/null
mkdir -p docs/img/components
# the typical slide of each fixture (its seed content)
for pick in programme:2 network-map:3 staircase:3 evaluation:4 evaluation-results:3 timeline:3 scale:4 org-chart:3 cycle:3 speaker:6; do
  name=${pick%:*}; slide=${pick#*:}
  cp "$out/png/$name/$slide.png" "docs/img/components/$name.png"
done
ls docs/img/components
