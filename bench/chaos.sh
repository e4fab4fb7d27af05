#!/usr/bin/env bash
# The chaos suite, every scenario (docs/crash-safety.md): the app's jar as separate processes, a real SMTP server
# in a JVM of its own, kill -9 during a delivery burst and after acknowledged work, the mail server down, dropping
# connections and slow, a normal restart, two nodes on PostgreSQL with one killed. Prints one line per scenario
# and writes target/chaos/<time>/chaos-report.md. ./mvnw verify runs the short version (ChaosIntegrationTest).
# Usage: bash bench/chaos.sh [extra Maven arguments, e.g. -Dchaos.lease=30s]
#   Ports: 182xx by default (app 18280, second node 18281, SMTP 18225); CHAOS_PORT_BASE=0 takes free ports.
#   PostgreSQL from PG_URL, PG_USER, PG_PASSWORD (default: the local planning database on 127.0.0.1:5432).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PG_URL="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/planning}"
export PG_USER="${PG_USER:-planning}"
export PG_PASSWORD="${PG_PASSWORD:-planning}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p target
set +e
./mvnw -B -ntp ${CHAOS_MAVEN_OPTS:--o} verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ChaosIntegrationTest -Dchaos.full=true -Dchaos.port-base="${CHAOS_PORT_BASE:-18200}" "$@" 2>&1 \
  | tee target/chaos-maven.log | grep --line-buffered -E '^\[chaos\]|Tests run:|BUILD'
status=${PIPESTATUS[0]}
set -e
REPORT="$(ls -td target/chaos/*/ 2>/dev/null | head -n 1)chaos-report.md"
if [[ -f "$REPORT" ]]; then
  echo
  cat "$REPORT"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); Maven's output in target/chaos-maven.log"
exit "$status"
