package phiflow_test

import (
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"

	"github.com/phivet/phivet/analyzers/phiflow"
)

func TestBasic(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/basic")
}

func TestAssertions(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/assertions")
}

func TestPanics(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/panics")
}

func TestMarkedElements(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/markedelems")
}

func TestMarkedPaths(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/markedpaths", "example.com/markedpaths/app")
}

func TestDecorators(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/decorators")
}

// TestConstantArguments: a callee's flow on a branch that one of its
// parameters decides against a constant is each caller's only when the
// caller's argument may take the branch (analyzers/taint/conds.go), in
// the same package and through facts.
func TestConstantArguments(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/constargs", "example.com/constargs/client", "example.com/constargs/app")
}

// Two calls of one sink function reached through one call are two
// findings there; one sink call, reached through two calls or with two
// parameters' data, is one.
func TestSinkPlaces(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/sinkplaces/lib", "example.com/sinkplaces")
}
