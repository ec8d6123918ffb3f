package phiflow_test

// Tests of phiflow against the user-facing contract (shared/spec/contract.md
// §1–§3), one per topic. Expectations follow the contract, not the engine.

import (
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// TestContract runs phiflow over one fixture per topic of the contract;
// run one with, for example, go test -run TestContract/guards.
func TestContract(t *testing.T) {
	for _, tc := range []struct {
		name string
		pkgs []string
	}{
		{"sources", []string{"example.com/sources"}},
		{"propagation", []string{"example.com/propagation"}},
		{"guards", []string{"example.com/guards"}},
		{"interprocedural", []string{"example.com/interproc"}},
		{"crosspackage", []string{"example.com/xpkg/lib", "example.com/xpkg/app"}},
		{"mapkeys", []string{"example.com/mapkeys"}},
		{"jsonmap", []string{"example.com/jsonmap"}},
		{"encodings", []string{"example.com/encodings/rec", "example.com/encodings/enc", "example.com/encodings/app"}},
		{"writers", []string{"example.com/writers"}},
		{"documentstore", []string{"example.com/docstore"}},
		{"gitstore", []string{"example.com/gitstore"}},
		{"transmit", []string{"example.com/transmit"}},
		{"pushnotify", []string{"example.com/pushnotify"}},
		{"requires", []string{"example.com/requires"}},
		{"ignore", []string{"example.com/ignore"}},
		{"testfilesoff", []string{"example.com/testsoff"}},
		{"generated", []string{"example.com/generated"}},
		// How data moves, as the contract's propagation rules imply.
		{"generics", []string{"example.com/generics"}},
		{"fieldpaths", []string{"example.com/paths"}},
		{"recursiverecords", []string{"example.com/cycles"}},
		{"recursivecalls", []string{"example.com/recursion"}},
		{"aliasing", []string{"example.com/aliasing"}},
		{"wrappedhandles", []string{"example.com/wrapped/lib", "example.com/wrapped"}},
		{"templates", []string{"example.com/templates"}},
		{"boxing", []string{"example.com/boxing"}},
		{"dispatch", []string{"example.com/dispatch"}},
		{"boxedfields", []string{"example.com/boxedfields/mailer", "example.com/boxedfields/app"}},
		{"stdlib", []string{"example.com/stdlib"}},
		{"noreturn", []string{"example.com/noreturn"}},
		{"formatting", []string{"example.com/formatting"}},
		{"fieldprint", []string{"example.com/fieldprint"}},
		{"testdoubles", []string{"example.com/doubles", "go.temporal.io/sdk/client"}},
		{"funcvalues", []string{"example.com/funcvals/local"}},
		{"funcvaluesxpkg", []string{"example.com/funcvals/lib", "example.com/funcvals/app"}},
		{"funcfields", []string{"example.com/funcvals/listen"}},
		{"funcforward", []string{"example.com/funcvals/forward"}},
		{"funcforwardxpkg", []string{"example.com/funcvals/views", "example.com/funcvals/pages"}},
		{"funcwrapped", []string{"example.com/funcvals/wrapped"}},
		{"funcwrappedxpkg", []string{"example.com/funcvals/debugdrv", "example.com/funcvals/debuguse"}},
		{"funcresults", []string{"example.com/funcresults/envelope", "example.com/funcresults/handlers", "example.com/funcresults/routes"}},
		{"funcgenerated", []string{"example.com/funcvals/genrt", "example.com/funcvals/genviews", "example.com/funcvals/genpages"}},
		{"funcreturnedxpkg", []string{"example.com/funcvals/xlat", "example.com/funcvals/xlatuse"}},
		{"closurectors", []string{"example.com/closurectors/q", "example.com/closurectors/wire", "example.com/closurectors/api"}},
		{"echo", []string{"example.com/echo"}},
		{"redact", []string{"example.com/redact"}},
		{"redactreview", []string{"example.com/redactreview"}},
		{"echoaccessor", []string{"example.com/echoaccessor"}},
		{"echoxpkg", []string{"example.com/echoxpkg/store", "example.com/echoxpkg/httpx", "example.com/echoxpkg/api"}},
		{"echotoken", []string{"example.com/echotoken/sched", "example.com/echotoken/api"}},
		{"heap", []string{"example.com/heap"}},
		{"sinkbody", []string{"example.com/sinkbody"}},
		{"ownership", []string{"example.com/ownership"}},
		{"decode", []string{"example.com/decode"}},
		{"captured", []string{"example.com/captured"}},
		{"capturedwrites", []string{"example.com/txwrites/tx", "example.com/txwrites/store", "example.com/txwrites/api"}},
		{"namedalike", []string{"example.com/alike/clinic", "example.com/alike/ward", "example.com/alike/report"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			phitest.Run(t, phiflow.Analyzer, tc.pkgs...)
		})
	}
}

func TestContractTestFilesOn(t *testing.T) {
	phitest.SetFlag(t, phiflow.Analyzer, phiflow.TestsFlag, "true")
	phitest.Run(t, phiflow.Analyzer, "example.com/testson")
}
