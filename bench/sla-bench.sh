#!/usr/bin/env bash
# Prints the SLA engine's wall time for a warm run: 1,000 contracts x 12 months against 10,000 seeded random incidents
# over 1,000 failure domains, outages found through OutageIndex (issue: goal under 1 s). Plain Java, no app, no
# database. Run from anywhere: bash bench/sla-bench.sh [contracts=1000] [months=12] [incidents=10000] [domains=1000]
# [runs=9] [warmups=5] [seed=42] (compiles the tests first unless SKIP_BUILD=1; MAVEN_ARGS=-o for an offline build).
set -euo pipefail
source "$(dirname "$0")/java-bench.sh"
run_java_bench target/bench-sla com.continuity.sla.SlaBench "$@"
