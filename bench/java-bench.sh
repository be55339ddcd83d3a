# Sourced by the Java benchmarks' scripts: runs a benchmark main class on the test classpath with -Xmx512m.
# Usage: run_java_bench WORK_DIR MAIN_CLASS [arguments...]. Compiles the tests first unless SKIP_BUILD=1, and saves
# the dependency classpath in WORK_DIR (MAVEN_ARGS=-o for an offline build).
run_java_bench() {
  local work=$1 main=$2
  shift 2
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
  mkdir -p "$work"
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    ./mvnw -q -B test-compile
  fi
  if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -s "$work/classpath.txt" ]; then
    ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
  fi
  exec "$JAVA_HOME/bin/java" -Xmx512m -cp "target/test-classes:target/classes:$(cat "$work/classpath.txt")" \
      "$main" "$@"
}
