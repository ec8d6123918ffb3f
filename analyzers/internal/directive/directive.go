// Package directive reads //phi: comments, the in-source way of marking
// identifiable data, sinks, guards and sanitizers.
//
// A directive follows Go's //tool:word convention (like //go:build): the
// comment starts with "//phi:" with no space after "//", then a word and
// its arguments separated by spaces:
//
//	//phi:source direct|indirect|clinical|-
//	//phi:sink log|export|transmit|respond
//	//phi:check
//	//phi:audit
//	//phi:sanitize
//	//phi:requires check|audit
//	//phi:ignore REASON...
//
// "// phi:source direct", with a space, is an ordinary comment, as it is
// for go:build; gofmt and godoc treat the two forms differently and users
// rely on that to write prose about directives. Only line comments are
// directives: "/*phi:sink log*/" is prose too, which keeps the rule the same
// as the go tool's and lets a directive be found without parsing a block.
//
// The words and their arguments are case-sensitive and use the same
// vocabulary as phivet.yaml (package config), so a class is spelt one way
// in tags, directives and configuration. A directive cannot carry a
// trailing comment: anything after the arguments is an error, except for
// ignore, whose reason is the rest of the line.
//
// Where a directive may appear (which declaration it marks) is for the
// analyzers to check; this package only reads the comment.
package directive

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
	"unicode"

	"github.com/phivet/phivet/analyzers/vocab"
)

// Verb is the word after "//phi:".
type Verb string

const (
	Source   Verb = "source"
	Sink     Verb = "sink"
	Check    Verb = "check"
	Audit    Verb = "audit"
	Sanitize Verb = "sanitize"
	Requires Verb = "requires"
	Ignore   Verb = "ignore"
)

// Verbs lists every verb in the order messages show them.
var Verbs = []Verb{Source, Sink, Check, Audit, Sanitize, Requires, Ignore}

func (v Verb) String() string { return string(v) }

const prefix = "//phi:"

// Directive is one //phi: comment, read into its parts.
type Directive struct {
	Verb Verb
	// Args are the arguments after the verb. source, sink and requires
	// have exactly one, ignore has the whole reason as one string, and the
	// others have none.
	Args []string
	Pos  token.Pos // of the comment's "//"
	Text string    // the comment as written, "//" included
}

// Class is the class of a source directive (ClassUnset for a malformed
// one, which Parse has reported).
func (d Directive) Class() vocab.Class { c, _ := vocab.ParseClass(d.arg()); return c }

// Kind is the kind of a sink directive (KindNone for a malformed one).
func (d Directive) Kind() vocab.Kind { k, _ := vocab.ParseKind(d.arg()); return k }

// Guard is the guard of a requires directive (GuardNone for a malformed
// one).
func (d Directive) Guard() vocab.Guard { g, _ := vocab.ParseGuard(d.arg()); return g }

// Reason is the reason of an ignore directive.
func (d Directive) Reason() string { return d.arg() }

func (d Directive) arg() string {
	if len(d.Args) == 0 {
		return ""
	}
	return d.Args[0]
}

// Error is a malformed directive, reported as PHI2002 on the directive's
// line. Msg is a sentence for the diagnostic.
type Error struct {
	Pos token.Pos
	Msg string
}

func (e Error) Error() string { return e.Msg }

// oneArg describes the verbs that take exactly one argument: what it is
// and how to check it. Checking goes through package config so that a
// directive and phivet.yaml reject a bad word with the same message.
var oneArg = map[Verb]struct {
	what  string
	words string
	check func(string) error
}{
	Source:   {"a class", vocab.OneOf(vocab.Words(vocab.ClassWords)), func(s string) error { _, err := vocab.ParseClass(s); return err }},
	Sink:     {"a kind", vocab.OneOf(vocab.Words(vocab.KindWords)), func(s string) error { _, err := vocab.ParseKind(s); return err }},
	Requires: {"a guard", vocab.OneOf(vocab.Words(vocab.GuardWords)), func(s string) error { _, err := vocab.ParseGuard(s); return err }},
}

// Parse reads one comment. ok is false when the comment is not a phi
// directive at all. err is non-nil, an Error, for a malformed one; d then
// still holds the verb and arguments as written, for context, but must not
// take effect (an ignore without a reason suppresses nothing).
func Parse(c *ast.Comment) (d Directive, ok bool, err error) {
	rest, ok := strings.CutPrefix(c.Text, prefix)
	if !ok {
		return Directive{}, false, nil
	}
	d = Directive{Pos: c.Slash, Text: c.Text}
	word := rest
	if i := strings.IndexFunc(rest, unicode.IsSpace); i >= 0 {
		word, rest = rest[:i], rest[i:]
	} else {
		rest = ""
	}
	d.Verb = Verb(word)
	fail := func(format string, args ...any) (Directive, bool, error) {
		return d, true, Error{Pos: c.Slash, Msg: fmt.Sprintf(format, args...)}
	}

	if d.Verb == Ignore {
		reason := strings.TrimSpace(rest)
		if reason == "" {
			return fail("//phi:ignore needs a reason")
		}
		d.Args = []string{reason}
		return d, true, nil
	}

	if args := strings.Fields(rest); len(args) > 0 {
		d.Args = args
	}
	switch d.Verb {
	case Source, Sink, Requires:
		a := oneArg[d.Verb]
		switch {
		case len(d.Args) == 0:
			return fail("//phi:%s needs %s (%s)", d.Verb, a.what, a.words)
		case len(d.Args) > 1:
			return fail("//phi:%s takes one argument, %s; unexpected %q", d.Verb, a.what, d.Args[1])
		}
		if err := a.check(d.Args[0]); err != nil {
			return fail("//phi:%s: %v", d.Verb, err)
		}
	case Check, Audit, Sanitize:
		if len(d.Args) > 0 {
			return fail("//phi:%s takes no arguments; unexpected %q", d.Verb, d.Args[0])
		}
	case "":
		return fail("//phi: needs a directive word (want %s)", vocab.OneOf(vocab.Words(Verbs)))
	default:
		return fail("unknown phi directive %q (want %s)", word, vocab.OneOf(vocab.Words(Verbs)))
	}
	return d, true, nil
}

// InGroup returns every phi directive in g, and an Error for each malformed
// one. g may be nil.
func InGroup(g *ast.CommentGroup) (ds []Directive, errs []Error) {
	if g == nil {
		return nil, nil
	}
	for _, c := range g.List {
		d, ok, err := Parse(c)
		switch {
		case err != nil:
			errs = append(errs, err.(Error))
		case ok:
			ds = append(ds, d)
		}
	}
	return ds, errs
}
