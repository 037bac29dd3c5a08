#!/usr/bin/env bash
# UI sessions benchmark: starts the fat jar in demo mode on a fresh embedded database, opens SESSIONS signed-in
# headless Chromium sessions (one browser, one context per session, demo interviewers in turn), each holding the
# scoring view /interview/{id} open, and reports the server heap per session (heap used after a full GC with the
# warm-up sessions open and with SESSIONS more, divided by SESSIONS) and the server time to build the scoring view
# (logged by the view at DEBUG; p50 and max over the measured sessions). Before measuring, the warm-up sessions build
# the view RELOADS + 1 times each (a server that has run a while has compiled its code); the measured sessions then open
# one after another, the earlier ones still open, so that a build is not timed while other tabs render on the 2 cores.
# Usage: bench/sessions.sh [--quick] [sessions]   (--quick: 5 sessions, 3 reloads; build first: mvn -DskipTests package)
# Needs node and playwright-core: `npm i playwright-core@1.49` in $PANEL_BENCH_NODE (default ~/.cache/panel-bench-node;
# installed there on first use), and Chromium at /usr/bin/chromium (or $CHROMIUM).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${PANEL_BENCH_JAR:-panel-web/target/panel.jar}
SESSIONS=50
WARMUP=3
RELOADS=10
if [ "${1:-}" = --quick ]; then SESSIONS=5; RELOADS=3; shift; fi
SESSIONS=${1:-$SESSIONS}
PORT=${PANEL_BENCH_PORT:-18190}
NODE_DIR=${PANEL_BENCH_NODE:-$HOME/.cache/panel-bench-node}
[ -f "$JAR" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }
if [ ! -d "$NODE_DIR/node_modules/playwright-core" ]; then
  mkdir -p "$NODE_DIR" && (cd "$NODE_DIR" && npm i --silent --no-save playwright-core@1.49 >/dev/null)
fi
DATA=$(mktemp -d)
# shellcheck disable=SC2086  # PANEL_BENCH_JAVA_OPTS holds several options
PANEL_DATA_DIR=$DATA PANEL_PORT=$PORT java ${PANEL_BENCH_JAVA_OPTS:-} -Dlogback.configurationFile=bench/sessions/logback.xml -jar "$JAR" >"$DATA/panel.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/health")" = 200 ]; do
  kill -0 $PID 2>/dev/null || { cat "$DATA/panel.log"; exit 1; }
  sleep 0.2
done
# The jar's launcher starts Panel in a second JVM (see PanelLauncher): measure that one's heap.
SERVER=$(ps --ppid $PID -o pid= | tr -d ' ' | head -1 || true); SERVER=${SERVER:-$PID}
NODE_PATH=$NODE_DIR/node_modules node bench/sessions/sessions.mjs "http://localhost:$PORT" "$SERVER" "$SESSIONS" "$WARMUP" "$RELOADS" | tee "$DATA/driver.out"
PER_KB=$(sed -n 's/^RESULT heapPerSessionKB=\([-0-9]*\).*/\1/p' "$DATA/driver.out")
SHOWING=$(sed -n 's/^RESULT .*showing=\([0-9]*\) total=\([0-9]*\).*/\1\/\2/p' "$DATA/driver.out")
# Build times of the measured sessions (the WARMUP sessions' builds, each view built RELOADS + 1 times, warm the code up).
grep -o 'built in [0-9.]* ms ([0-9.]* ms CPU)' "$DATA/panel.log" | tr -d '(' | awk '{print $3, $5}' > "$DATA/builds" || true
FIRST=$(head -1 "$DATA/builds" | awk '{print $1}')
stats() { sort -n | awk '{v[NR]=$1} END {print NR, v[int((NR+1)/2)], v[NR]}'; }
read -r N P50 MAX < <(tail -n +$((WARMUP * (RELOADS + 1) + 1)) "$DATA/builds" | awk '{print $1}' | stats)
read -r _ CPU50 CPUMAX < <(tail -n +$((WARMUP * (RELOADS + 1) + 1)) "$DATA/builds" | awk '{print $2}' | stats)
echo "each measured build, wall/CPU ms: $(tail -n +$((WARMUP * (RELOADS + 1) + 1)) "$DATA/builds" | awk '{printf "%s/%s ", $1, $2}')"
echo "scoring view build time over $N measured sessions: p50 $P50 ms, max $MAX ms; CPU of the building thread p50 $CPU50 ms, max $CPUMAX ms (first ever, cold: $FIRST ms)"
PER_MB=$(awk -v k="$PER_KB" 'BEGIN {printf "%.2f", k / 1024}')
HEAP_OK=$(awk -v k="$PER_KB" 'BEGIN {print (k <= 1024) ? 1 : 0}')
BUILD_OK=$(awk -v m="$MAX" -v p="$P50" 'BEGIN {print (m <= 100 && p <= 100) ? 1 : 0}')
VERDICT=MISSED; [ "$HEAP_OK$BUILD_OK" = 11 ] && [ "${SHOWING%/*}" = "${SHOWING#*/}" ] && VERDICT=MET
echo "BENCH|UI sessions: $SESSIONS headless Chromium sessions holding the scoring view|heap $PER_MB MB per session; build p50 $P50 ms, max $MAX ms (CPU p50 $CPU50 ms, max $CPUMAX ms); $SHOWING pages showing it|heap ≤ 1 MB per session; build ≤ 100 ms|$VERDICT"
