package phiflow_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/phivet/phivet/analyzers/phiflow"
)

// TestFactsAcrossPackages asserts the facts phiflow exports, by their
// String, where a summary crosses a package boundary: a parameter
// reaching a sink, a result carrying data, a check wrapper, a function
// auditing on success, a function stored in a slot; and the findings they
// make in the importing package.
// (The other tests run phiflow under phitest, which asks no `// want`
// for facts.)
func TestFactsAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), phiflow.Analyzer, "example.com/factsxpkg/lib", "example.com/factsxpkg/app")
}

// TestHiddenImplementations asserts the fact listing a package's
// unexported types that it converts to an interface, with their methods'
// summaries (analyzers/taint/hiddenimpls.go), and the finding a helper's
// summary makes through one. analysistest checks imports from source, so
// the types are in sight here anyway; TestHiddenImplementationsOutOfExportData
// (cmd/phivet) runs the command and go vet, whose imports come from
// export data, which holds none of them.
func TestHiddenImplementations(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), phiflow.Analyzer,
		"example.com/hiddenimpls/notify", "example.com/hiddenimpls/relay", "example.com/hiddenimpls/app")
}
