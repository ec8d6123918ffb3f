// Command phivet-gen writes a health-like Go module of a chosen size, for
// phivet's benchmarks and soak runs. It is not part of the phivet binary.
//
// Usage:
//
//	go run ./internal/gen/cmd/phivet-gen -lines 100000 -seed 1 -o DIR
//
// It prints what it wrote as JSON on stdout: lines, files, packages,
// functions and the deliberate leaks by code.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/phivet/phivet/internal/gen"
)

func main() {
	out := flag.String("o", "", "output `directory` (created; must be empty)")
	lines := flag.Int("lines", 10000, "approximate number of Go `lines` to write")
	seed := flag.Uint64("seed", 1, "random `seed`: the same seed and size give the same output")
	module := flag.String("module", "example.com/healthgen", "module `path`")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: phivet-gen -o DIR [-lines N] [-seed S] [-module PATH]")
		os.Exit(2)
	}
	st, err := gen.Generate(gen.Options{Dir: *out, Module: *module, Lines: *lines, Seed: *seed})
	if err != nil {
		fmt.Fprintln(os.Stderr, "phivet-gen:", err)
		os.Exit(1)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(st); err != nil {
		fmt.Fprintln(os.Stderr, "phivet-gen:", err)
		os.Exit(1)
	}
}
