#!/usr/bin/env bash
# Export benchmark: Panel's streaming xlsx writer, the calibration workbook and the scorecard export (up to 100k)
# against plain CSV and fastexcel over the same rows in the same run, 100k and 1M ratings, -Xmx256m.
# Usage: bench/exports.sh [--quick] [rows ...]   (--quick: 10k and 50k)   (after `mvn -DskipTests install`; set MAVEN_OPTS for another local repository)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl panel-reports test-compile
mvn -B -q -pl panel-reports dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# shellcheck disable=SC2086  # PANEL_BENCH_JAVA_OPTS holds several options (e.g. a flight recording)
exec java -Xmx256m ${PANEL_BENCH_JAVA_OPTS:-} -cp "panel-reports/target/test-classes:panel-reports/target/classes:$(cat panel-reports/target/bench.classpath)" \
  dev.panel.xlsx.ExportBench "$@"
