#!/usr/bin/env bash
# Benchmark (not a test): the cost of H2's WRITE_DELAY=0 (planning.h2.write-delay, the app's default) per commit,
# against H2's own 500 ms. Runs bench/driver/H2CommitBench.java with the H2 jar the app uses (from ~/.m2; run
# ./mvnw package once). Usage: bash bench/h2-commit.sh [--rounds=3] [--commits=2000]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
H2_JAR="$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=h2 2>/dev/null || true)"
if [[ -z "$H2_JAR" || ! -f "$H2_JAR" ]]; then
  H2_JAR="$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep -v sources | sort -V | tail -n 1)"
fi
echo "H2 jar: $H2_JAR"
java -cp "$H2_JAR" bench/driver/H2CommitBench.java "$@"
