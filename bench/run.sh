#!/usr/bin/env bash
# Benchmark (not a test): planning-cycle against a bare Camunda 7.24 Spring Boot app with the same starters.
# Builds both jars, runs bench/driver/CycleBench.java (start-up, resident memory, one cycle's human work over
# /engine-rest for every agency, --warm-rounds times on each running app, default 3: the first round is the cold
# figure, the best the warm one; N runs each, alternating order), writes bench/out/bench-<time>.txt and prints it.
# Usage: bash bench/run.sh [driver options, e.g. --runs=5 --warm-rounds=3 --jvm="-Xmx512m" --authorization=on --keep-databases=true
#   --only=ours --jcmd-after-work="VM.native_memory summary" (with --jvm="-Xmx512m -XX:NativeMemoryTracking=summary")
#   --ours-mail=embedded|sink (our emails to the app's GreenMail, or to an SMTP sink in the driver; --sink-port=18025)
#   --bare-write-delay=0|default (the bare app's H2 as durable as ours, the default, or H2's own 500 ms)]
#   BENCH_SKIP_BUILD=1 reuses the jars already built. Ports 18091 (ours) and 18092 (bare) must be free.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo "building target/planning-cycle-0.1.0-SNAPSHOT.jar and bench/bare-app/target/bare-camunda-app-0.1.0-SNAPSHOT.jar"
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B -f bench/bare-app/pom.xml -DskipTests package
fi

mkdir -p bench/out
STAMP="$(date +%Y%m%d-%H%M%S)"
OUT="bench/out/bench-$STAMP.txt"
java bench/driver/CycleBench.java --logs="bench/out/logs-$STAMP" "$@" | tee "$OUT"
echo "written to $OUT (app logs in bench/out/logs-$STAMP/)"
