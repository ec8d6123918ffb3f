// Package output writes phivet findings as text, JSON or SARIF 2.1.0.
package output

import "github.com/phivet/phivet/analyzers/codes"

// Position is a place in a source file. File is an absolute path.
type Position struct {
	File   string
	Line   int
	Column int
}

// Step is one step of the path from a source to a sink.
type Step struct {
	Pos     Position
	Message string
}

// Finding is one diagnostic as the phivet command reports it.
type Finding struct {
	Code    codes.Code
	Message string
	Pos     Position
	Package string // import path of the package the finding is in
	Func    string // enclosing function, e.g. "(*Server).handleGet"; "" at package level
	Steps   []Step // source to sink, in order; may be empty
	// Considered are the checks, audits and sanitizers considered for a
	// flow's finding, each with why it did not make the flow acceptable
	// (what phivet explain says of them); may be empty.
	Considered []Step
}

// SinkPlace is the last step of the finding's path, where its sink is
// reached (zero when it has no path): two findings with one message at
// one position, for two calls of one sink function inside a function
// called there, differ by it.
func (f Finding) SinkPlace() Step {
	if len(f.Steps) == 0 {
		return Step{}
	}
	return f.Steps[len(f.Steps)-1]
}
