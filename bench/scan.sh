#!/usr/bin/env bash
# Times the scanner's first stage (pages in, sheets identified by QR and registered from the corner
# marks) on long PDFs of 200 dpi pages, in a JVM with a 256 MB heap: a printed batch rendered by
# PDFBox, and a copier's PDF whose pages are JPEG scans (pulled out, not rendered). Prints pages per
# minute and the largest heap in use after any page. Usage: bench/scan.sh [PAGES] (default 500)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-500}
mvn -o -q test -Dtest=ScanBenchTest -Dsurefire.failIfNoSpecifiedTests=false -Dscan.bench.pages="$pages" \
  -DargLine="-Xmx256m -Dscan.bench.pages=$pages" 2>&1 | grep -E '^scan bench|FAIL|ERROR' || true
