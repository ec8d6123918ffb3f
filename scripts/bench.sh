#!/usr/bin/env bash
# make bench: phivet side by side with go vet, staticcheck and the floor.
# See docs/performance.md. Environment:
#   BENCH_RUNS     timed runs per tool and target (default 5; medians are reported)
#   BENCH_SIZES    generated corpus sizes (default 10k,100k; add 1M for the full curve)
#   BENCH_TARGETS  std,gen,modules,realcode (default the first three)
#   BENCH_REALCODE for the realcode target: the directory ../shared/realcode/clone.sh
#                  laid the development set out in (konsulin-api, bcda-app and orca
#                  are measured, each with its phivet.yaml)
#   BENCH_TOOLS    phivet,floor,govet,staticcheck (default all four)
#   BENCH_COLD     1 (default) also times a cold phivet run with an empty GOCACHE
#   BENCH_TIMEOUT  a run taking longer is stopped and its tool marked failed (default 30m)
#   BENCH_WORK     work directory (default $TMPDIR/phivet-bench; corpora and downloads are reused)
#   BENCH_JSON     also write the measurements as JSON to this file
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
STATICCHECK_VERSION=v0.8.2 # staticcheck 2026.2.2 (honnef.co/go/tools v0.8.2)
work=${BENCH_WORK:-${TMPDIR:-/tmp}/phivet-bench}
bin=$PWD/bin
mkdir -p "$bin" "$work"

echo "building phivet and phivet-floor into $bin"
$GO build -o "$bin/phivet" ./cmd/phivet
$GO build -o "$bin/phivet-floor" ./internal/bench/floor
if ! "$bin/staticcheck" -version 2>/dev/null | grep -q "(${STATICCHECK_VERSION#v})"; then
	echo "installing staticcheck $STATICCHECK_VERSION into $bin from the module proxy"
	GOBIN=$bin GOFLAGS= $GO install "honnef.co/go/tools/cmd/staticcheck@$STATICCHECK_VERSION"
fi
"$bin/staticcheck" -version
if command -v hyperfine >/dev/null; then
	echo "(hyperfine is installed; the driver times runs itself, to record peak RSS with each)"
fi
args=(-bin "$bin" -work "$work" -repo "$PWD")
if [ -n "${BENCH_JSON:-}" ]; then args+=(-json "$BENCH_JSON"); fi
exec $GO run ./internal/bench/cmd/bench "${args[@]}" "$@"
