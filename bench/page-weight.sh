#!/usr/bin/env bash
# Prints the weight of every page of the standard site: its HTML bytes plus the CSS and JS files it
# loads (<link rel="stylesheet" href> and <script src>), the total, and, for form pages (the pages
# the budget is for), OK or OVER against 32 KB (32768 bytes). Builds the content into a temporary folder with ./scorecard build --out.
# Usage: bench/page-weight.sh. Always exits 0: it reports, the browser tests enforce.
set -uo pipefail
cd "$(dirname "$0")/.."
budget=32768
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if ! ./scorecard build --out "$out/site" >/dev/null; then
  echo "page-weight: the build failed" >&2
  exit 0
fi
site="$out/site"
over=0
pages=0
printf '%-24s %7s  %-66s %7s  %s\n' page html 'loads (bytes)' total budget
while IFS= read -r page; do
  rel=${page#"$site"/}
  dir=$(dirname "$page")
  html=$(wc -c <"$page")
  total=$html
  loads=()
  # Every stylesheet link and script src the page references, in order.
  refs=$(grep -oE '<link [^>]*rel="stylesheet"[^>]*>|<script [^>]*src="[^"]*"[^>]*>' "$page" |
    sed -nE 's/.*(href|src)="([^"]*)".*/\2/p')
  for ref in $refs; do
    case "$ref" in
      http://*|https://*|//*) loads+=("$ref:EXTERNAL"); continue ;;
    esac
    file=$(realpath -m "$dir/${ref%%[?#]*}")
    if [ -f "$file" ]; then
      size=$(wc -c <"$file")
      total=$((total + size))
      loads+=("${file#"$site"/}:$size")
    else
      loads+=("$ref:MISSING")
    fi
  done
  verdict=OK
  if ! grep -q 'id="response-form"' "$page"; then
    verdict="(no form: no budget)"
  elif [ "$total" -gt "$budget" ]; then
    verdict="OVER by $((total - budget))"
    over=$((over + 1))
  fi
  pages=$((pages + 1))
  printf '%-24s %7d  %-66s %7d  %s\n' "$rel" "$html" "${loads[*]:-}" "$total" "$verdict"
done < <(find "$site" -name '*.html' | LC_ALL=C sort)
echo "$pages pages; $over form pages over the budget of $budget bytes (HTML + the CSS and JS each page loads, uncompressed)"
exit 0
