// Package phiignore defines an Analyzer that reports //phi:ignore
// directives that suppress nothing (PHI2004).
//
// # Analyzer phiignore
//
// phiignore: report //phi:ignore directives that suppress nothing
//
// Reports PHI2004 for a //phi:ignore whose line holds no finding of any
// code, reported or not: the flow it silenced is gone, or it never covered
// the right line.
//
// # When a suppression is stale
//
// A //phi:ignore REASON covers its own line, or the next line when it is
// alone on its line. It is stale when no finding of any code is on the
// line it covers, reported or not: the flow it silenced was fixed, the
// code moved, or it never covered the right line. A stale suppression
// misleads its reader, and would silently swallow an unrelated finding
// that later lands on its line. What counts is every finding phivet
// judges there, whatever -checks enables and including flows the policy
// accepts only because it allows their whole sink kind, so that
// narrowing -checks or loosening the policy never makes a suppression
// look stale.
//
// The finding is reported on the directive's line. Findings in _test.go
// files are reported only with -tests; generated files get none.
//
// Under go vet, golangci-lint and nogo, which analyse one package at a
// time, a flow through an interface implementation in a package the
// caller does not import is out of sight (docs/go-vet.md): a suppression
// of such a flow is reported stale there, and not by the phivet command.
package phiignore

import (
	_ "embed"

	"github.com/phivet/phivet/analyzers/codes"
)

// docFile is this file's source: its package doc comment holds the
// analyzer's Doc (see analyzerdoc.Describe).
//
//go:embed doc.go
var docFile string

// docURL is the page of the code phiignore reports.
var docURL = codes.URL(codes.UselessEntry)
