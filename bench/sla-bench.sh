#!/usr/bin/env bash
# Prints the SLA engine's wall time for a warm run: 1,000 contracts x 12 months against 10,000 seeded random incidents
# over 1,000 failure domains, outages found through OutageIndex (issue: goal under 1 s). Plain Java, no app, no
# database. Run from anywhere: bash bench/sla-bench.sh [contracts=1000] [months=12] [incidents=10000] [domains=1000]
# [runs=9] [warmups=5] [seed=42] (compiles the tests first unless SKIP_BUILD=1; MAVEN_ARGS=-o for an offline build).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
WORK=target/bench-sla
mkdir -p "$WORK"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B test-compile
fi
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -s "$WORK/classpath.txt" ]; then
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
fi
exec "$JAVA_HOME/bin/java" -Xmx512m -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" \
    com.continuity.sla.SlaBench "$@"
