#!/usr/bin/env bash
# Latency of GET /api/cycles/{id}/progress's read model: one cycle of 60 agencies, and 100 cycles x 100 agencies
# (10,000 agency instances with history), median and p95. Filling the large database takes a long while (the H2 files
# stay in target/bench-db/, so the next run measures at once; delete the folder to fill again).
# Options: -Dbench.runs=200 (measured calls per figure), -Dbench.cycles=100 (cycles of the large database).
# Figures: printed, and in bench/out/progress.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -o -Pbench test "$@"
cat bench/out/progress.txt
