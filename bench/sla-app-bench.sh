#!/usr/bin/env bash
# Prints the SLA module's times along the app's own path: the app runs inside the benchmark's JVM (-Xmx512m, test
# classpath) on a throw-away embedded PostgreSQL under target/bench-sla-app, its clock pinned at 2026-12-15T12:00Z;
# a seeded portfolio (1,000 contracts over 1,000 failure domains, 10,000 incidents in 2025-2026) is imported over
# REST, then GET /api/v1/claims is timed first (creates the claims) and warm (finds nothing new), and one contract's
# periods for 2026. Only loopback is used. Run from anywhere: bash bench/sla-app-bench.sh [contracts=1000]
# [incidents=10000] [domains=1000] [runs=9] [warmups=2] [seed=42]
# (compiles the tests first unless SKIP_BUILD=1; MAVEN_ARGS=-o for an offline build).
set -euo pipefail
source "$(dirname "$0")/java-bench.sh"
run_java_bench target/bench-sla-app com.continuity.sla.SlaAppBench "$@"
