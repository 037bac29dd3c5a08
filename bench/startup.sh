#!/usr/bin/env bash
# Measures Panel's start-up: the fat jar on the embedded database, from process start to the first
# 200 on /health and on /login, and its resident memory once ready. Runs each case several times.
# Usage: bench/startup.sh [--quick] [runs]   (default 5 runs of each case; --quick: 1; build first: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=panel-web/target/panel.jar
QUICK=false
if [ "${1:-}" = --quick ]; then QUICK=true; shift; fi
if $QUICK; then RUNS=${1:-1}; else RUNS=${1:-5}; fi
TARGET_MS=3000
PORT=${PANEL_BENCH_PORT:-18080}
[ -f "$JAR" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }

now_ms() { date +%s%3N; }

wait_for() {  # url -> prints ms since $START when it first answers 200
  local url=$1
  while true; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; then
      echo $(( $(now_ms) - START )); return
    fi
    sleep 0.02
  done
}

run_once() {  # fresh|warm
  local kind=$1 dir
  dir=$(mktemp -d)
  if [ "$kind" = warm ]; then
    PANEL_DATA_DIR=$dir PANEL_PORT=$PORT java -jar "$JAR" >/dev/null 2>&1 & local pid=$!
    START=$(now_ms); wait_for "http://localhost:$PORT/health" >/dev/null
    kill $pid; wait $pid 2>/dev/null || true
  fi
  START=$(now_ms)
  PANEL_DATA_DIR=$dir PANEL_PORT=$PORT java -jar "$JAR" >/dev/null 2>&1 & local pid=$!
  local health page rss
  health=$(wait_for "http://localhost:$PORT/health")
  page=$(wait_for "http://localhost:$PORT/login")
  rss=$(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 ))
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$dir"
  echo "$kind $health $page $rss"
}

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

printf '%-6s %12s %12s %8s\n' start "/health ms" "/login ms" "RSS MB"
RESULTS=$(mktemp)
for kind in fresh warm; do
  for _ in $(seq 1 "$RUNS"); do
    read -r k h p r < <(run_once "$kind")
    printf '%-6s %12s %12s %8s\n' "$k" "$h" "$p" "$r"
    echo "$k $h $p $r" >>"$RESULTS"
  done
done
# The table's row: a later start (the first ever also writes the migrations and the starter library), as medians.
health=$(awk '$1=="warm"{print $2}' "$RESULTS" | median)
page=$(awk '$1=="warm"{print $3}' "$RESULTS" | median)
rss=$(awk '$1=="warm"{print $4}' "$RESULTS" | median)
first=$(awk '$1=="fresh"{print $2}' "$RESULTS" | median)
rm -f "$RESULTS"
verdict=MISSED
[ "$page" -le $TARGET_MS ] && [ "$health" -le $TARGET_MS ] && verdict=MET
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
printf 'BENCH|Start-up, fat jar on the embedded database (median of %s)|%s s to /health, %s s to /login (the first ever start: %s s to /health); %s MB resident|≤ 3 s|%s\n' \
  "$RUNS" "$(seconds "$health")" "$(seconds "$page")" "$(seconds "$first")" "$rss" "$verdict"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)"
