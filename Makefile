# phivet: the commands a developer and CI run. Needs only Go.

GO ?= go

.PHONY: build demo test lint precision bench soak

build:
	$(GO) build -o bin/phivet ./cmd/phivet

# Run phivet on the example service. phivet exits 1 when it finds leaks, which
# is the point of the demo; only a usage, configuration or load error (2) fails.
demo: build
	@cd testdata/examplesvc && ../../bin/phivet ./...; status=$$?; \
	echo "phivet exit status: $$status"; test $$status -le 1

# Every test: vet, unit tests and the end-to-end tests of the built binary.
test:
	$(GO) vet ./...
	cd testdata/examplesvc && $(GO) vet ./...
	$(GO) test -count=1 -timeout 20m ./...

# Lint phivet itself (.golangci.yml: gofmt, goimports, go vet, staticcheck
# and more) with golangci-lint at the pinned version, installed from the Go
# module proxy into bin/ on first use. Not part of `make test`.
GOLANGCI_LINT_VERSION = v2.15.0
GOLANGCI_LINT = bin/golangci-lint-$(GOLANGCI_LINT_VERSION)/golangci-lint

lint: $(GOLANGCI_LINT)
	$(GOLANGCI_LINT) run ./...

$(GOLANGCI_LINT):
	GOBIN=$(CURDIR)/$(@D) $(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_LINT_VERSION)

# Precision of PHI3001 and PHI3002: phidiscover over the standard library and over large
# non-health modules fetched at pinned versions must report nothing.
precision:
	PHIVET_PRECISION=1 $(GO) test -count=1 -run TestPrecision -v ./analyzers/phidiscover

# Performance, side by side with go vet, staticcheck and the SSA floor
# (docs/performance.md). BENCH_RUNS, BENCH_SIZES, BENCH_TARGETS, BENCH_TOOLS.
bench:
	scripts/bench.sh

# Reliability: phivet over the standard library, large public modules and a
# generated 1M-line corpus; zero panics and internal errors. Slow.
soak:
	scripts/soak.sh
