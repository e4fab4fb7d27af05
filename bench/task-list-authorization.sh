#!/usr/bin/env bash
# The cost of Camunda authorization checks on an agency's task list: 5,000 open tasks across 100 agencies,
# authorization on versus off in the same run (see TaskListAuthorizationBenchmark). Not part of ./mvnw verify.
# Usage: bash bench/task-list-authorization.sh    (BENCH_JDBC_URL/USER/PASSWORD: another database, e.g. PostgreSQL)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  th.go.phuket.planning.bench.TaskListAuthorizationBenchmark
