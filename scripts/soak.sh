#!/usr/bin/env bash
# make soak: phivet over the standard library, four large public modules at
# pinned versions (through the module proxy) and a generated 1M-line
# corpus: no panics, no internal errors, every package analysed.
#   SOAK_TARGETS  subset: std,gen,k8s.io/api,... (default all)
#   SOAK_LINES    size of the generated corpus (default 1000000)
#   SOAK_TIMEOUT  a target whose phivet run takes longer fails (default 60m)
#   BENCH_WORK    work directory shared with make bench
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
work=${BENCH_WORK:-${TMPDIR:-/tmp}/phivet-bench}
mkdir -p bin "$work"
$GO build -o bin/phivet ./cmd/phivet
exec $GO run ./internal/bench/cmd/soak -work "$work" -phivet bin/phivet -repo "$PWD" -lines "${SOAK_LINES:-1000000}" -timeout "${SOAK_TIMEOUT:-60m}"
