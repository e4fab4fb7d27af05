#!/usr/bin/env bash
# Benchmark of a reminder round (not a test): prints how long it takes for one cycle of 60 agencies and for
# N open agency tasks (default 5000) until the reminders are written to the outbox and delivered to the embedded
# GreenMail server. Usage: bench/reminder-round.sh [openTasks]   (MVN_FLAGS=-o to stay offline)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q ${MVN_FLAGS:-} test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -Duser.timezone=Asia/Bangkok -Dfile.encoding=UTF-8 \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  th.go.phuket.planning.reminder.ReminderRoundBenchmark "$@"
