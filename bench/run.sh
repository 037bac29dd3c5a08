#!/usr/bin/env bash
# The benchmark suite, one command: builds Panel, runs each benchmark below in order, and prints one table of
# their results (the BENCH|what|measured|target|verdict lines they print) with the date, the machine and the commit.
# Usage: bench/run.sh [--quick]
#   --quick: small sizes, for CI (a few minutes); verdicts are reported but only a crash fails the run.
# Needs MariaDB/MySQL for bench/scoring.sh (see there), and galera-4, rsync and haproxy for bench/cluster.sh. Set MAVEN_OPTS for another local repository.
set -uo pipefail
cd "$(dirname "$0")/.."
QUICK=()
if [ "${1:-}" = --quick ]; then QUICK=(--quick); fi
SCRIPTS=(startup statistics exports scoring sessions notifications cluster)
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
started=$(date +%s)
failed=()

echo "== build: mvn -B -q -DskipTests install (the fat jar is made in its package phase)"
if ! mvn -B -q -DskipTests install; then
  echo "The build failed; no benchmark was run." >&2
  exit 1
fi

for name in "${SCRIPTS[@]}"; do
  script=bench/$name.sh
  if [ ! -x "$script" ]; then
    echo "BENCH|bench/$name.sh|not run: the script is absent|—|—" >"$LOGS/$name.log"
    echo "== $script is absent"
    continue
  fi
  echo "== $script ${QUICK[*]}"
  t0=$(date +%s)
  "$script" "${QUICK[@]}" 2>&1 | tee "$LOGS/$name.log"
  status=${PIPESTATUS[0]}
  echo "== $script: exit $status after $(( $(date +%s) - t0 )) s"
  if [ "$status" -ne 0 ]; then
    failed+=("$name")
    echo "BENCH|bench/$name.sh|crashed (exit $status); its output is above|—|FAILED" >>"$LOGS/$name.log"
  fi
done

echo
echo "| what | measured | target | verdict |"
echo "|---|---|---|---|"
for name in "${SCRIPTS[@]}"; do
  grep -h '^BENCH|' "$LOGS/$name.log" | awk -F'|' '{ printf "| %s | %s | %s | %s |\n", $2, $3, $4, $5 }'
done
echo
echo "$(date -u '+%d %B %Y, %H:%M UTC')$([ ${#QUICK[@]} -gt 0 ] && echo ', quick mode (small sizes)'), $(( $(date +%s) - started )) s in all"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"

if [ ${#failed[@]} -gt 0 ]; then
  echo "Crashed: ${failed[*]}" >&2
  exit 1
fi
