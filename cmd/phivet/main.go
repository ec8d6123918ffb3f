// Command phivet finds Go code that logs, exports or transmits
// patient-identifiable data without a disclosure check, an audit call or a
// sanitizer.
//
// Usage:
//
//	phivet [flags] PACKAGES
//	phivet map [-f markdown|json|html|csv] PACKAGES  the data-flow map (docs/map.md)
//	phivet explain [-f text|json] FILE:LINE         why the flows at a line are, or are not, findings (docs/explain.md)
//
// Flags:
//
//	-f text|json|sarif   output format (default text: file:line:col: message (CODE))
//	-checks LIST         codes to report, e.g. "all,-PHI3001" (default all)
//	-config FILE         configuration (default: phivet.yaml found walking up from the current directory)
//	-tests               also analyse and report _test.go files
//	-explain CODE        print the documentation of a code and exit
//	-explain packs       print the packs and every mark in them, and exit
//	-version             print the version and exit
//	-baseline FILE       report only findings not in the baseline (docs/baseline.md)
//	-write-baseline FILE write every finding to a baseline and exit 0
//	-fix                 apply suggested fixes (wrap values in sanitizers named by class)
//	-v                   print a line of coverage on stderr after the run (what phivet map lists under coverage)
//
// Exit status: 0 no findings, 1 findings, 2 usage, configuration or load
// error.
//
// The same binary speaks go vet's protocol:
//
//	go vet -vettool=$(command -v phivet) -config=$PWD/phivet.yaml ./...
package main

import (
	"os"
)

func main() {
	if isVetInvocation(os.Args[1:]) {
		os.Exit(vetMain(os.Args[1:]))
	}
	os.Exit(cliMain(os.Args[1:], os.Stdout, os.Stderr))
}
