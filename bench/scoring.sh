#!/usr/bin/env bash
# Live scoring under load: starts the fat jar on a fresh MariaDB/MySQL database, then INTERVIEWERS simulated
# interviewers each autosave a growing note every 2 s for SECONDS s over the REST API and submit
# (bench/LiveScoringBench.java). Prints the server time per autosave (p50, p99, max), errors, and how many
# scorecards in the database hold exactly the last text sent.
# Usage: bench/scoring.sh [--quick] [interviewers] [seconds]   (default 200 for 60 s; --quick: 20 for 10 s)
#   Before the measured load, 2000 saves (quick: 200) warm the server's JIT up; PANEL_BENCH_WARM_UP=n changes that.
#   build first: mvn -DskipTests package. The database user (PANEL_BENCH_DB_USER, default panel_test) must be
#   allowed to drop and create the database PANEL_BENCH_DB (default panel_bench_load); .ci/run grants that.
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=false
if [ "${1:-}" = --quick ]; then QUICK=true; shift; fi
if $QUICK; then N=${1:-20}; SECONDS_=${2:-10}; WARM_UP=200; else N=${1:-200}; SECONDS_=${2:-60}; WARM_UP=2000; fi
JAR=${PANEL_BENCH_JAR:-panel-web/target/panel.jar}
PORT=${PANEL_BENCH_PORT:-18082}
DB=${PANEL_BENCH_DB:-panel_bench_load}
DB_USER=${PANEL_BENCH_DB_USER:-panel_test}
DB_PASSWORD=${PANEL_BENCH_DB_PASSWORD:-panel_test}
DB_URL="jdbc:mysql://127.0.0.1:3306/$DB${PANEL_BENCH_DB_PARAMS:-}"
ADMIN=bench.admin
ADMIN_PASSWORD=bench-admin-password
[ -f "$JAR" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }

MYSQL_PWD=$DB_PASSWORD mysql -h127.0.0.1 -P3306 -u"$DB_USER" -e \
  "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

LOG=$(mktemp -d)
# shellcheck disable=SC2086  # PANEL_BENCH_JAVA_OPTS holds several options
PANEL_DATA_DIR=$LOG PANEL_PORT=$PORT PANEL_DEMO=false PANEL_DB_URL=$DB_URL PANEL_DB_USER=$DB_USER PANEL_DB_PASSWORD=$DB_PASSWORD \
  PANEL_ADMIN_USER=$ADMIN PANEL_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  java ${PANEL_BENCH_JAVA_OPTS:-} -jar "$JAR" >"$LOG/panel.log" 2>&1 &
PID=$!
finish() {
  kill $PID 2>/dev/null; wait $PID 2>/dev/null || true
  # The server's own account of anything that went wrong; PANEL_BENCH_LOG=file keeps the whole log.
  grep -A3 -m5 ' ERROR ' "$LOG/panel.log" | cut -c1-400 || true
  if [ -n "${PANEL_BENCH_LOG:-}" ]; then cp "$LOG/panel.log" "$PANEL_BENCH_LOG"; fi
  rm -rf "$LOG"
}
trap finish EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/health")" = 200 ]; do
  kill -0 $PID 2>/dev/null || { cat "$LOG/panel.log"; exit 1; }
  sleep 0.2
done
# java -jar starts Panel in a second JVM (PanelLauncher); its CPU is the one to read.
SERVER=$(ps --ppid $PID -o pid= | tr -d ' ' | head -1 || true); SERVER=${SERVER:-$PID}
echo "Panel pid $SERVER on port $PORT, database $DB_URL"
# The fat jar carries the MySQL driver the benchmark reads the scorecards back with.
java -cp "$JAR" bench/LiveScoringBench.java "http://localhost:$PORT" "$DB_URL" "$DB_USER" "$DB_PASSWORD" \
  "$ADMIN" "$ADMIN_PASSWORD" "$N" "$SECONDS_" "$SERVER" "${PANEL_BENCH_WARM_UP:-$WARM_UP}"
