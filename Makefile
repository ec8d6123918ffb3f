# phivet: the commands a developer and CI run. Needs only Go.

GO ?= go

.PHONY: build demo test lint precision

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

lint:
	@files=$$(find . -name '*.go' -not -path '*/testdata/*' -not -path './.git/*' | xargs gofmt -l); \
	if [ -n "$$files" ]; then echo "gofmt -l reports:"; echo "$$files"; exit 1; fi
	$(GO) vet ./...

# Precision of PHI3001: phidiscover over the standard library and over large
# non-health modules fetched at pinned versions must report nothing.
precision:
	PHIVET_PRECISION=1 $(GO) test -count=1 -run TestPrecision -v ./analyzers/phidiscover
