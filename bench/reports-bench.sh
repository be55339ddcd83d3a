#!/usr/bin/env bash
# Prints the reports' times along the app's own path: the app runs inside the benchmark's JVM (-Xmx512m, test
# classpath) on a throw-away embedded PostgreSQL under target/bench-reports, its clock pinned at 2026-11-27T12:00Z,
# with the sample portfolio plus a team of 100 copies of the support chatbot. It times warm runbooks, checklists,
# a claim letter, a compliance report, and the team's book of 100 runbooks and 100 checklists. Only loopback is used.
# Run from anywhere: bash bench/reports-bench.sh [services=100] [runs=21] [warmups=5] [bookRuns=3]
# (compiles the tests first unless SKIP_BUILD=1; MAVEN_ARGS=-o for an offline build).
set -euo pipefail
source "$(dirname "$0")/java-bench.sh"
run_java_bench target/bench-reports com.continuity.reports.ReportsBench "$@"
