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
