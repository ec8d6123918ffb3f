package phiflow_test

// Tests of phiflow against the user-facing contract (shared/spec/contract.md
// §1–§3), one per topic. Expectations follow the contract, not the engine.

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
)

func TestContractSources(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/sources")
}

func TestContractPropagation(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/propagation")
}

func TestContractGuards(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/guards")
}

func TestContractInterprocedural(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/interproc")
}

func TestContractCrossPackage(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/xpkg/lib", "example.com/xpkg/app")
}

func TestContractWriters(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/writers")
}

func TestContractTransmit(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/transmit")
}

func TestContractRequires(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/requires")
}

func TestContractIgnore(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/ignore")
}

func TestContractTestFilesOff(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/testsoff")
}

func TestContractTestFilesOn(t *testing.T) {
	setFlag(t, phiflow.Analyzer, phiflow.TestsFlag, "true")
	phitest.Run(t, phiflow.Analyzer, "example.com/testson")
}

func TestContractGenerated(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/generated")
}

// setFlag sets a flag of a for the duration of the test.
func setFlag(t *testing.T, a *analysis.Analyzer, name, value string) {
	t.Helper()
	f := a.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("%s has no flag -%s", a.Name, name)
	}
	old := f.Value.String()
	if err := a.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Flags.Set(name, old) })
}

func TestGenericsAndCallbacks(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/generics")
}

func TestFieldPathsThroughParameters(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/paths")
}

func TestRecursiveRecords(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/cycles")
}

func TestBoxingAndDigests(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/boxing")
}

func TestInterfaceDispatch(t *testing.T) {
	phitest.Run(t, phiflow.Analyzer, "example.com/dispatch")
}
