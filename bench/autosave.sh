#!/usr/bin/env bash
# Measures autosave: starts the fat jar in demo mode on a fresh embedded database (or on the database in
# PANEL_DB_URL, which must then have the demo data), saves one scorecard SAVES times over the REST API
# with a growing note, and prints the server-side time per save (median, p99, max).
# Usage: bench/autosave.sh [saves]   (build first: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=panel-web/target/panel.jar
SAVES=${1:-1000}
PORT=${PANEL_BENCH_PORT:-18081}
[ -f "$JAR" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }
DATA=$(mktemp -d)
PANEL_DATA_DIR=$DATA PANEL_PORT=$PORT java -jar "$JAR" >"$DATA/panel.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/health")" = 200 ]; do
  kill -0 $PID 2>/dev/null || { cat "$DATA/panel.log"; exit 1; }
  sleep 0.2
done
java bench/AutosaveBench.java "http://localhost:$PORT" "$SAVES"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1), database: ${PANEL_DB_URL:-embedded H2}"
