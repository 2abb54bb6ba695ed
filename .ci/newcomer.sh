#!/usr/bin/env bash
# A newcomer outside the repository: the packed package installed into an
# empty folder (offline, from the cache `npm ci` filled), then the README's
# first steps — init, new with every flag, build --pdf — and checks of what
# they wrote: a .pptx that passes the schema check, a PDF with one page per
# slide and a notes PDF. Run by .ci/run after the suite; needs LibreOffice.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$repo"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "newcomer: packed $tarball"
if tar -tzf "$work/$tarball" | grep -q '^package/decks/'; then
  echo "newcomer: FAIL the package ships a decks/ folder"; exit 1
fi

mkdir "$work/prosjekt"
cd "$work/prosjekt"
npm init -y >/dev/null
npm install --offline --no-audit --no-fund "$work/$tarball" >/dev/null
npx --no-install samling --version
npx --no-install samling init
npx --no-install samling new 2014-06-kompetanse-samling-2 --network kompetanse-1-nord \
  --dates 2014-06-04,2014-06-05 --lang nn --gathering 2 --venue "Scandic Bodø" \
  --title "Nettverk kompetanse nord – andre samling"
npx --no-install samling build --pdf

deck=out/2014-06-kompetanse-samling-2
for f in "$deck.pptx" "$deck.pdf" "$deck-notater.pdf" out/2014-03-kompetanse-samling-1.pdf; do
  [ -s "$f" ] || { echo "newcomer: FAIL $f was not written"; exit 1; }
done
# the repository's own schema and package check (tools/validate) on what the newcomer built
(cd "$repo" && npm run --silent validate -- "$work/prosjekt/$deck.pptx") | grep -E '^(RESULT|FAIL|KNOWN)'
slides=$(node -e 'const b=require("fs").readFileSync(process.argv[1]).toString("latin1"); console.log(new Set(b.match(/ppt\/slides\/slide\d+\.xml/g)).size)' "$deck.pptx")
pages=$(pdfinfo "$deck.pdf" | awk '/^Pages:/ {print $2}')
notes=$(pdfinfo "$deck-notater.pdf" | awk '/^Pages:/ {print $2}')
echo "newcomer: $slides slides, $pages PDF pages, $notes notes pages"
[ "$slides" = "$pages" ] && [ "$slides" = "$notes" ] || { echo "newcomer: FAIL page counts differ"; exit 1; }
echo "newcomer: OK"
