#!/bin/sh
# Times consolidating 60 agencies × 20 projects into the action-plan XLSX (see ActionPlanBenchmark).
# Usage: bench/action-plan/run.sh [agencies=60] [projects per agency=20] [measured rounds=10]
set -eu
cd "$(dirname "$0")/../.."
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx1g -Duser.timezone=Asia/Bangkok -Dfile.encoding=UTF-8 \
    -Dlogback.configurationFile=bench/action-plan/logback.xml \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    th.go.phuket.planning.plan.ActionPlanBenchmark "$@"
