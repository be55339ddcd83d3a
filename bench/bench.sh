#!/usr/bin/env bash
# Prints the spine's figures: start to ready on the embedded database, a 2,000-service import, and the first
# page of the dependency grid with 10,000 dependencies. Run from the repository root: bash bench/bench.sh
# (builds the production jar first unless SKIP_BUILD=1). Uses only loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${PORT:-18080}
PASS=bench-password-1
WORK=target/bench
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -Pproduction -DskipTests package
rm -rf "$WORK" && mkdir -p "$WORK"
python3 bench/generate_portfolio.py 2000 5 > "$WORK/portfolio-2000.yaml"

# prints "<label> <seconds>"; not called inside $( ) since the app's children would hold the pipe open
start_app() {
  local t0 t1
  t0=$(date +%s.%N)
  (cd "$WORK"; CONTINUITY_ADMIN_PASSWORD=$PASS "$JAVA_HOME/bin/java" -Xmx512m -jar ../continuity.jar \
      --server.port=$PORT > app.log 2>&1 < /dev/null & echo $! > app.pid)
  until curl -fs "http://localhost:$PORT/actuator/health" > /dev/null 2>&1; do sleep 0.1; done
  t1=$(date +%s.%N)
  echo "$1 $(echo "$t1 - $t0" | bc) s"
}
stop_app() { kill "$(cat "$WORK/app.pid")"; while kill -0 "$(cat "$WORK/app.pid")" 2>/dev/null; do sleep 0.2; done; }

start_app "start to ready, first start (initdb, migrations, sample data):"
stop_app
start_app "start to ready, second start (data directory kept):"

t() { curl -s -o /dev/null -w "%{time_total}" -u "admin:$PASS" "$@"; }
echo "health (anonymous):                        $(curl -s -o /dev/null -w "%{time_total}" "http://localhost:$PORT/actuator/health") s"
for i in 1 2 3; do
  echo "import of 2,000 services / 10,000 dependencies, run $i: $(t -X POST -H 'Content-Type: application/yaml' \
      --data-binary @"$WORK/portfolio-2000.yaml" "http://localhost:$PORT/api/v1/portfolio") s"
done
curl -s -u "admin:$PASS" "http://localhost:$PORT/api/v1/dependencies?limit=1" | head -c 80; echo
for q in "limit=50" "limit=50&sort=NAME&descending=true" "limit=50&filter=dep-3" "offset=9950&limit=50&sort=TIER"; do
  best=9
  for i in 1 2 3 4 5; do v=$(t "http://localhost:$PORT/api/v1/dependencies?$q"); best=$(echo "if ($v < $best) $v else $best" | bc); done
  echo "dependency grid page ($q), best of 5: $best s"
done
echo "export of the 2,000-service portfolio:     $(t "http://localhost:$PORT/api/v1/portfolio") s"
stop_app
