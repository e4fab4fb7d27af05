#!/usr/bin/env bash
# Load benchmark of the public hearing (not a test): 2,000 comments from 200 loopback addresses into the demo cycle
# while 50 readers load its public page (bench/hearing/HearingLoad.java). Starts the app's jar on a fresh H2 file
# database (port 18481, mail 18426/18444), runs the driver, stops the app, and writes bench/out/hearing-<time>.txt.
# Usage: bash bench/hearing/run.sh [driver options: --writers=200 --per-round=5 --readers=50 --writer-think-ms=2000
#   --reader-think-ms=1000 --read-only-seconds=30]; BENCH_SKIP_BUILD=1 reuses target/planning-cycle-*.jar,
#   BENCH_JVM sets the app's JVM options (default -Xmx768m), BENCH_APP_ARGS adds app options (e.g. --spring.profiles…).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -B -DskipTests package
fi
JAR="$(ls target/planning-cycle-*.jar | grep -v original | head -1)"
STAMP="$(date +%Y%m%d-%H%M%S)"
DB="$(mktemp -d /tmp/hearing-bench-XXXX)"
mkdir -p bench/out
LOG="bench/out/hearing-app-$STAMP.log"
OUT="bench/out/hearing-$STAMP.txt"

# shellcheck disable=SC2086
java ${BENCH_JVM:--Xmx768m} -jar "$JAR" --server.port=18481 \
  --spring.datasource.url="jdbc:h2:file:$DB/planning;DB_CLOSE_ON_EXIT=FALSE" \
  --planning.mail.embedded.smtp-port=18426 --planning.mail.embedded.imap-port=18444 \
  --planning.public-url=http://localhost:18481 --logging.level.root=WARN ${BENCH_APP_ARGS:-} > "$LOG" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$DB"' EXIT
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null http://localhost:18481/api/public/cycles/phuket-2563/hearing; then break; fi
  sleep 2
done
{
  echo "hearing load benchmark, $(date -Iseconds), $(nproc) cores, $(java -version 2>&1 | head -1)"
  java bench/hearing/HearingLoad.java --base=http://localhost:18481 --app-pid="$APP" "$@"
} | tee "$OUT"
echo "written to $OUT (app log $LOG)"
