#!/usr/bin/env bash
# Prints the quarterly review's times along the app's own path (issue 6): the app runs inside the benchmark's JVM
# (-Xmx512m, test classpath) on a throw-away embedded PostgreSQL under target/bench-reviews, its clock pinned at
# 2026-11-27T12:00Z, with the sample portfolio grown to 1,000 services (random typical trees, some on the sample's
# domains), 20 more incidents in the quarter and a contract per provider. It times, warm, (a) opening the
# organisation's review of 2026-Q4 (snapshot compiled and stored) and (b) rendering its PDF; goal: both under 5 s.
# Only loopback is used. Run from anywhere: bash bench/reviews-bench.sh [services=1000] [incidents=20] [runs=5]
# [warmups=2] [seed=1] (compiles the tests first unless SKIP_BUILD=1; MAVEN_ARGS=-o for an offline build).
set -euo pipefail
source "$(dirname "$0")/java-bench.sh"
run_java_bench target/bench-reviews com.continuity.reports.ReviewsBench "$@"
