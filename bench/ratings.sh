#!/usr/bin/env bash
# Historical-ratings benchmark: import N synthetic ratings from CSV as a dataset, then stream them back, at -Xmx256m.
# Usage: bench/ratings.sh [N]   (after `mvn -DskipTests install`; uses PANEL_TEST_JDBC_URL/USER/PASSWORD like the tests)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl panel-core test-compile
mvn -B -q -pl panel-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx256m -cp "panel-core/target/test-classes:panel-core/target/classes:$(cat panel-core/target/bench.classpath)" \
  dev.panel.ratings.RatingsBench "$@"
