#!/usr/bin/env bash
# Measures Panel's start-up: the fat jar on the embedded database, from process start to the first
# 200 on /health and on /login, and its resident memory once ready. Runs each case several times.
# Usage: bench/startup.sh [runs]   (build first: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=panel-web/target/panel.jar
RUNS=${1:-5}
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

printf '%-6s %12s %12s %8s\n' start "/health ms" "/login ms" "RSS MB"
for kind in fresh warm; do
  for _ in $(seq 1 "$RUNS"); do
    read -r k h p r < <(run_once "$kind")
    printf '%-6s %12s %12s %8s\n' "$k" "$h" "$p" "$r"
  done
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)"
