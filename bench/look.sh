#!/usr/bin/env bash
# Writes pictures of a fresh build of content/ to look at: a screenshot of every page at 360 and 1280 px
# (target/look/pages/<path>-360.png, -1280.png; tall windows, so most pages show whole) and every PDF page
# as a PNG at 60 dpi (target/look/pdf/<path>-<n>.png), then prints how many it wrote and the time taken.
# The site it built stays in target/look/site. Needs chromium (or $CHROMIUM) and pdftoppm (poppler-utils).
# Usage: bench/look.sh. Exits 1 when the build fails or a tool is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
for tool in "$chromium" "$(command -v pdftoppm)"; do
  if [ -z "$tool" ]; then
    echo "look: needs chromium and pdftoppm (apt-get install chromium poppler-utils)" >&2
    exit 1
  fi
done
start=$(date +%s.%N)
look=target/look
rm -rf "$look"
mkdir -p "$look/pages" "$look/pdf"
if ! ./scorecard build --out "$look/site" >/dev/null; then
  echo "look: the build failed" >&2
  exit 1
fi
site=$(cd "$look/site" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
shots=0
while IFS= read -r page; do
  rel=${page#"$site"/}
  name=${rel%.html}
  mkdir -p "$look/pages/$(dirname "$name")"
  # Tall windows rather than full-page capture: the plain chromium command line has no full-page option.
  for size in 360x3000 1280x2400; do
    png="$look/pages/$name-${size%x*}.png"
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
      --window-size="${size/x/,}" --screenshot="$png" "file://$page" >/dev/null 2>&1
    if [ -s "$png" ]; then shots=$((shots + 1)); else echo "look: no screenshot of $rel at ${size%x*} px" >&2; fi
  done
done < <(find "$site" -name '*.html' | LC_ALL=C sort)
pdfs=0
pdfpages=0
while IFS= read -r pdf; do
  rel=${pdf#"$site"/}
  name=${rel%.pdf}
  mkdir -p "$look/pdf/$(dirname "$name")"
  if pdftoppm -r 60 -png "$pdf" "$look/pdf/$name"; then
    pdfs=$((pdfs + 1))
  else
    echo "look: pdftoppm could not read $rel" >&2
  fi
done < <(find "$site" -name '*.pdf' | LC_ALL=C sort)
pdfpages=$(find "$look/pdf" -name '*.png' | wc -l)
end=$(date +%s.%N)
printf 'look: %d page screenshots, %d PDF pages from %d PDFs in %s/ in %.1f s\n' \
  "$shots" "$pdfpages" "$pdfs" "$look" "$(echo "$end - $start" | bc)"
