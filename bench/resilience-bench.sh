#!/usr/bin/env bash
# Prints the resilience engine's figures beside SCRAM's, in one run (issue 3): a typical tree and stress trees
# through SCRAM's modes and through the app over REST, a 1,000-service portfolio, re-analysis after one edit, and
# peak heap. The app runs inside the benchmark's JVM with -Xmx512m on the test classpath, on a throw-away embedded
# PostgreSQL under target/bench-resilience; only loopback is used. Run from anywhere: bash bench/resilience-bench.sh
# [typical=1] [stress=2,11,4] [services=1000] [runs=9] [scramTimeout=30]
# (compiles the tests first unless SKIP_BUILD=1; MAVEN_ARGS=-o for an offline build). Needs Debian's scram for the
# SCRAM columns. Some stress seeds make SCRAM's BDD take 30+ s and several GB: scramTimeout bounds each run.
set -euo pipefail
source "$(dirname "$0")/java-bench.sh"
command -v scram > /dev/null || echo "scram not found: apt-get install scram (the SCRAM columns will be empty)" >&2
run_java_bench target/bench-resilience com.continuity.resilience.ResilienceBench "$@"
