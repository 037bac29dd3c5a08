#!/usr/bin/env bash
# Outbox benchmark: writes N invitations (with their iCalendar parts) to the outbox on a fresh MariaDB/MySQL database,
# then times their delivery to a real SMTP server (GreenMail, in the benchmark's JVM), first with one sender, then with
# two claiming at once (FOR UPDATE SKIP LOCKED), as two Panel instances would (OutboxBenchmark.java).
# Usage: bench/notifications.sh [--quick] [n]   (default 5000; --quick: 500; after `mvn -DskipTests install`)
#   The database user (PANEL_BENCH_DB_USER, default panel_test) must be allowed to drop and create PANEL_BENCH_DB
#   (default panel_bench_load); .ci/run grants that.
set -euo pipefail
cd "$(dirname "$0")/.."
N=5000
if [ "${1:-}" = --quick ]; then N=500; shift; fi
N=${1:-$N}
DB=${PANEL_BENCH_DB:-panel_bench_load}
export PANEL_BENCH_DB_USER=${PANEL_BENCH_DB_USER:-panel_test}
export PANEL_BENCH_DB_PASSWORD=${PANEL_BENCH_DB_PASSWORD:-panel_test}
export PANEL_BENCH_JDBC_URL="jdbc:mysql://127.0.0.1:3306/$DB"
MYSQL_PWD=$PANEL_BENCH_DB_PASSWORD mysql -h127.0.0.1 -P3306 -u"$PANEL_BENCH_DB_USER" -e \
  "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
mvn -B -q -pl panel-core test-compile
mvn -B -q -pl panel-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx512m -cp "panel-core/target/test-classes:panel-core/target/classes:$(cat panel-core/target/bench.classpath)" \
  dev.panel.notification.OutboxBenchmark "$N"
