// Package phidirective defines an Analyzer that reads phivet's //phi:
// directives and configuration and reports malformed directives (PHI2002).
//
// # Analyzer phidirective
//
// phidirective: check //phi: directives and share the marks they make
//
// Reports PHI2002 for a malformed //phi: directive: an unknown word, a bad
// class, kind or guard, extra arguments, a directive on the wrong kind of
// declaration, or //phi:ignore without a reason (which then suppresses
// nothing).
//
// # Directives
//
// Directives follow Go's //tool:word form, with no space after "//":
//
//	//phi:source direct|indirect|clinical|-   on a type, field, func or package-level var
//	//phi:sink log|export|transmit|respond    on a func or method
//	//phi:check                               on a func or method
//	//phi:audit                               on a func or method
//	//phi:sanitize                            on a func or method
//	//phi:requires check|audit                on a func or method
//	//phi:ignore REASON                       on a statement (its line, or the line above)
//
// An interface's methods are methods: a directive on one marks it as the
// configuration's (pkg.Iface).M does.
//
// A malformed directive is reported on its line and ignored. Findings in
// _test.go files are reported only with -tests; generated files get none.
//
// Every mark is exported as a fact, so that packages importing a marked
// declaration see it. The -config flag carries the phivet.yaml
// configuration as canonical JSON (the phivet command and the golangci-lint
// plugin fill it in from the file); analyzers that need the configuration
// read it from this analyzer's result.
package phidirective

import _ "embed"

// docFile is this file's source: its package doc comment holds the
// analyzer's Doc (see analyzerdoc.Describe).
//
//go:embed doc.go
var docFile string
