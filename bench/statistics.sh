#!/usr/bin/env bash
# Statistics benchmark: Krippendorff's alpha, leniency, halo, ICC check, connectedness and the Rasch fit on simulated
# ratings (100,000 candidates x 5 interviewers x 2 competencies = 1M ratings; 500 interviewers, 12 competencies),
# at -Xmx512m. Prints one line per run and a BENCH line (best wall time, highest peak heap).
# Usage: bench/statistics.sh [--quick] [runs]   (--quick: 100k ratings, 1 run; after `mvn -DskipTests install`;
# set MAVEN_OPTS for another local repository)
set -euo pipefail
cd "$(dirname "$0")/.."
CANDIDATES=100000
RUNS=3
if [ "${1:-}" = --quick ]; then CANDIDATES=10000; RUNS=1; shift; fi
RUNS=${1:-$RUNS}
mvn -B -q -pl panel-core test-compile
mvn -B -q -pl panel-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx512m -cp "panel-core/target/test-classes:panel-core/target/classes:$(cat panel-core/target/bench.classpath)" \
  dev.panel.calibration.CalibrationBenchmark "$RUNS" "$CANDIDATES"
