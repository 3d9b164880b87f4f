#!/usr/bin/env bash
# Times `./scorecard tally skillset` on a generated .xlsx workbook, a new JVM each run with the jar
# already built: ROWS rows × 15 columns (respondent, group, a date cell, 12 numeric ratings; target
# 3 s wall for 100,000 rows). Prints every run, the median, peak RSS, and checks that every row
# was accepted; then the same for the same answers as CSV, so that a loaded machine shows as such. Usage: bench/xlsx.sh [RUNS] [ROWS]   (defaults 3 and 100000). Files in target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
rows=${2:-100000}
dir=target/bench
mkdir -p "$dir"
./scorecard --version >/dev/null   # builds the jar (and target/lib) first if needed, outside the timing
file="$dir/skillset-$rows.xlsx"
csv="$dir/skillset-$rows-xlsx.csv"

# The generator writes the workbook with fastexcel's writer, as Excel holds it: numbers as
# numeric cells, the date as a date cell; and the same answers as CSV. Deterministic (seed 1);
# regenerated only when missing.
if [ ! -f "$file" ] || [ ! -f "$csv" ]; then
  cat > "$dir/XlsxReturns.java" <<'JAVA'
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

public class XlsxReturns {
    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        String[] header = ("respondent,group,date,importance-of-service,service-in-every-task,adapt-to-customers,"
                + "continuing-to-learn,adapt-speaking,service-models-and-processes,handling-conflict,listening-skills,"
                + "flexible-communication,solution-oriented,always-courteous,open-to-improvement").split(",");
        Random random = new Random(1);
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]));
                PrintWriter csv = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            csv.print(String.join(",", header) + "\r\n");
            Workbook wb = new Workbook(out, "bench", "1.0");
            Worksheet ws = wb.newWorksheet("Responses");
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.range(1, 2, rows, 2).style().format("d/m/yyyy").set();
            for (int r = 1; r <= rows; r++) {
                ws.value(r, 0, "r" + r);
                ws.value(r, 1, "ABCD".substring(r % 4, r % 4 + 1));
                LocalDate date = LocalDate.of(2026, r % 12 + 1, r % 28 + 1);
                ws.value(r, 2, date);
                StringBuilder line = new StringBuilder("r" + r + "," + "ABCD".charAt(r % 4) + "," + date);
                for (int c = 3; c < header.length; c++) {
                    int v = 1 + random.nextInt(5);
                    ws.value(r, c, v);
                    line.append(',').append(v);
                }
                csv.print(line + "\r\n");
            }
            wb.finish();
        }
    }
}
JAVA
  java -cp "target/lib/*" "$dir/XlsxReturns.java" "$file" "$rows" "$csv"
fi

ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "$file: $(du -k "$file" | cut -f1) KB"
bench() {  # bench LABEL FILE: checks every row was accepted, then times RUNS runs
  local label=$1 f=$2 times=() peaks=() start med peak
  ./scorecard tally skillset "$f" > "$dir/$label-summary.txt"
  grep -q "$rows rows read = $rows accepted + 0 rejected" "$dir/$label-summary.txt" || {
    echo "$label: not every row was accepted:" >&2; head -3 "$dir/$label-summary.txt" >&2; exit 1; }
  for _ in $(seq "$runs"); do
    start=$(ms)
    peaks+=($(/usr/bin/time -f '%M' ./scorecard tally skillset "$f" 2>&1 >/dev/null | tail -1))
    times+=($(( $(ms) - start )))
  done
  med=$(median "${times[@]}")
  peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)
  echo "$label: runs (ms) ${times[*]}"
  awk -v label="$label" -v rows="$rows" -v med="$med" -v peak="$peak" -v xlsx="$([ "$label" = xlsx ] && echo 1)" 'BEGIN {
    printf "%s skillset: %d rows x 15 columns, median %.2f s wall%s, peak RSS %d MB, %.0f rows/s\n", label, rows, med / 1000,
      xlsx ? sprintf(" (target 3.0 s: %s)", med <= 3000 ? "met" : "MISSED") : "", peak / 1024, rows / (med / 1000) }'
}
bench xlsx "$file"
bench csv "$csv"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
