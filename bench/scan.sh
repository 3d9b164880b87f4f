#!/usr/bin/env bash
# The scanner's figures. Speed: long PDFs of 200 dpi pages (a printed batch rendered by PDFBox, and a
# copier's PDF of filled returns as JPEG scans, pulled out, not rendered), every page identified by
# its QR code, registered from its corner marks and its marks read, in a JVM with a 256 MB heap:
# pages per minute and the largest heap in use after any page. Accuracy: the seeded synthetic returns
# of MarkAccuracyTest at SCALE times the build's sizes: pages identified, items answered wrongly
# without a flag, items sent to review, and the confusion matrix, for scans and phone photos.
# Usage: bench/scan.sh [PAGES] [SCALE]   (defaults 500 and 4)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-500}
scale=${2:-4}
mvn -o -q test -Dtest=ScanBenchTest -Dsurefire.failIfNoSpecifiedTests=false -Dscan.bench.pages="$pages" \
  -DargLine="-Xmx256m -Dscan.bench.pages=$pages" 2>&1 | grep -E '^scan bench|FAIL|ERROR' || true
mvn -o -q test -Dtest=MarkAccuracyTest -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx1g -Dscan.accuracy.scale=$scale" 2>&1 \
  | grep -E '^(scans|phone|double)|^  |FAIL|ERROR|expected' || true
