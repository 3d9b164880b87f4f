#!/usr/bin/env bash
# The release as a user meets it: the zip's size (beside Maven's own distribution on this machine), the
# first start after unpacking (which records class data into the user cache), later starts beside
# `mvn --version` (the peer: a JVM tool started by its own launcher), and `new` then `build` of a
# project from the unpacked release. Usage: bench/release.sh [RUNS] (default 7). Runs mvn package first.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
mvn -q -B -ntp -DskipTests -Dmaven.test.skip=true package >/dev/null
zip=$(ls target/scorecard-kit-*.zip | head -n 1)
tgz=${zip%.zip}.tar.gz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CACHE_HOME=
unset JAVA_HOME
mkdir -p "$HOME"
unzip -q "$zip" -d "$work/opt"
kit=$(ls -d "$work"/opt/scorecard-kit-*)
sc=$kit/bin/scorecard

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

kib() { echo $(( $(stat -c %s "$1") / 1024 )); }
maven_home=$(mvn -v 2>/dev/null | sed -n 's/^Maven home: //p')
printf 'release zip: %d KiB, tar.gz: %d KiB, unpacked: %s (%d jars in lib/); Maven %s unpacked: %s\n' \
  "$(kib "$zip")" "$(kib "$tgz")" "$(du -sh "$kit" | cut -f1)" "$(ls "$kit"/lib/*.jar | wc -l)" \
  "$(mvn -v 2>/dev/null | grep -o 'Apache Maven [0-9.]*' | cut -d' ' -f3)" "$(du -shL "$maven_home" 2>/dev/null | cut -f1)"

first=$(cd "$work" && ms "$sc" new first --org Bench)
echo "first start after unpacking (new, recording class data into the user cache): $first ms"
versions=() peers=() news=() builds=()
for i in $(seq "$runs"); do
  versions+=($(ms "$sc" --version))
  peers+=($(ms mvn --version))
  news+=($(cd "$work" && ms "$sc" new "p$i" --org Bench))
  builds+=($(cd "$work/p$i" && ms "$sc" build))
done
echo "later starts, --version: median $(median "${versions[@]}") ms (runs: ${versions[*]}); mvn --version: median $(median "${peers[@]}") ms (runs: ${peers[*]})"
echo "scorecard new: median $(median "${news[@]}") ms; then scorecard build of the new project: median $(median "${builds[@]}") ms (runs: ${builds[*]}), $(nproc) cores"
