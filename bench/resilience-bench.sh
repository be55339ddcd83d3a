#!/usr/bin/env bash
# Prints the resilience engine's figures beside SCRAM's, in one run (issue 3): a typical tree and stress trees
# through SCRAM's modes and through the app over REST, a 1,000-service portfolio, re-analysis after one edit, and
# peak heap. The app runs inside the benchmark's JVM with -Xmx512m on the test classpath, on a throw-away embedded
# PostgreSQL under target/bench-resilience; only loopback is used. Run from anywhere: bash bench/resilience-bench.sh
# [typical=1] [stress=2,11,4] [services=1000] [runs=9] [scramTimeout=30]
# (compiles the tests first unless SKIP_BUILD=1; MAVEN_ARGS=-o for an offline build). Needs Debian's scram for the
# SCRAM columns. Some stress seeds make SCRAM's BDD take 30+ s and several GB: scramTimeout bounds each run.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
WORK=target/bench-resilience
mkdir -p "$WORK"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B test-compile
fi
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -s "$WORK/classpath.txt" ]; then
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
fi
command -v scram > /dev/null || echo "scram not found: apt-get install scram (the SCRAM columns will be empty)" >&2
exec "$JAVA_HOME/bin/java" -Xmx512m -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" \
    com.continuity.resilience.ResilienceBench "$@"
