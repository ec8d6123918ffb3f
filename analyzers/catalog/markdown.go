package catalog

import (
	"fmt"
	"strconv"
	"strings"
)

// Markdown renders the catalog as the page docs/catalog.md: every row of
// every table, so that the documentation cannot drift from what phivet
// does (a test compares the two).
func Markdown() []byte {
	var b strings.Builder
	b.WriteString(markdownIntro)
	for _, t := range Tables {
		fmt.Fprintf(&b, "\n## %s\n\n", t.Package)
		b.WriteString("| function | role | kind | data | printer |\n| --- | --- | --- | --- | --- |\n")
		row := func(name, role, kind, data string, p Printer) {
			printer := ""
			if p != Raw {
				printer = p.String()
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", name, role, kind, data, printer)
		}
		for _, s := range t.Sinks {
			row(s.Func, "sink", kindName(s.Kind), args(s.Data), s.Printer)
		}
		for _, u := range t.URLs {
			row(u.Func, "URL", "PHI1004", "argument "+strconv.Itoa(u.Arg), Raw)
		}
		for _, w := range t.Writers {
			row(w.Func, "writer", "by destination (argument "+strconv.Itoa(w.Dest)+")", args(w.Data), w.Printer)
		}
		for _, w := range t.Wrappers {
			row(w.Func, "wrapper", "", "writes where "+args(w.Dest)+" writes", Raw)
		}
		for _, d := range t.Destinations {
			row(d.Name, "destination", kindName(d.Kind), "", Raw)
		}
		for _, d := range t.DestinationTypes {
			row(d.Type, "destination type", kindName(d.Kind), "", Raw)
		}
		for _, p := range t.Propagators {
			into := "results"
			switch {
			case p.Into == Receiver:
				into = "the receiver"
			case p.Into > 0:
				into = "argument " + strconv.Itoa(int(p.Into))
			}
			if p.OnlyError {
				into = "the error result"
			} else if p.ErrorToo {
				into += " and error"
			}
			row(p.Func, "propagator", "", args(p.From)+" → "+into, p.Printer)
		}
		for _, r := range t.RequestReads {
			into := "results"
			if r.Into != Results {
				into = "argument " + strconv.Itoa(int(r.Into))
			}
			from := "the request being served"
			if len(r.Of.Only) > 0 || r.Of.From >= 0 {
				from = "the request, when " + args(r.Of) + " holds it"
			}
			row(r.Func, "request read", "", from+" → "+into, Raw)
		}
		for _, f := range t.RequestFields {
			row(f, "request field", "", "the request being served", Raw)
		}
		for _, s := range t.SignatureSinks {
			row("any function whose last parameter is ..."+s.VariadicOf, "signature sink", kindName(s.Kind), "parameter "+args(s.Data), s.Printer)
		}
	}
	return []byte(b.String())
}

func kindName(k Kind) string {
	if k == Respond {
		return "respond (PHI1003)"
	}
	return k.String()
}

// args describes an argument selection; the receiver of a method is
// argument 0.
func args(a Args) string {
	if a.From == 0 {
		return "all arguments"
	}
	if a.From > 0 {
		return "arguments " + strconv.Itoa(a.From) + "…"
	}
	var s []string
	for _, i := range a.Only {
		s = append(s, strconv.Itoa(i))
	}
	if len(s) == 1 {
		return "argument " + s[0]
	}
	return "arguments " + strings.Join(s, ", ")
}

const markdownIntro = `# The sink catalog

<!-- Generated from analyzers/catalog by ` + "`go test ./analyzers/catalog -update`" + `: do not edit. -->

phivet knows library functions from its catalog: which calls are **sinks** (and of
which kind: log, export, transmit, respond), which put data into a **URL** (PHI1004),
which **write** to a destination that decides the kind (a file, standard output, a
response, a connection), which **wrap** a writer, which return or are **destinations**,
which **propagate** data from their arguments to their results or into an
argument, and which **read the request** a handler is serving (its data is the
caller's own: a response to that request may carry it back, contract §3). Functions are named as ` + "`types.Func.FullName()`" + ` spells them; argument
indexes count a method's receiver as 0. The **printer** says which method of a value
passed whole speaks for it: ` + "`fmt`" + ` (Format, Error, String), ` + "`json`" + ` (MarshalJSON,
MarshalText; exported fields, ` + "`json:\"-\"`" + ` skipped), ` + "`slog`" + ` (LogValue, then as fmt),
` + "`zap`" + ` (MarshalLogObject or MarshalLogArray, then Error and String, then as json),
` + "`zerolog`" + ` (MarshalZerologObject, then as json).

A library with a table is *modelled*: phivet does not analyse its code, so every
function of it that carries data is a row here; data passed to any other function of
it goes nowhere. Code the catalog does not know is analysed like your own.

## Adding a library

1. Add a file to ` + "`analyzers/catalog`" + ` with a ` + "`Table`" + ` (its ` + "`Package`" + ` is the
   library's import path) and list it in ` + "`Tables`" + ` in ` + "`tables.go`" + `. Name functions
   exactly as ` + "`types.Func.FullName()`" + ` does; read the library's source for them.
   The table models the packages nested in that path too (a framework's own logger,
   its attribute or metric helpers): give their sinks and propagators rows as well, or
   their calls are neither analysed nor reported.
2. Add a package to the test module ` + "`analyzers/phiflow/testdata/thirdparty`" + ` (require
   the library at a pinned version in its ` + "`go.mod`" + `) with, for every row, a
   statement that has a finding (` + "`// want \"PHI1001\"`" + `) and one that stays clean
   (sanitized, guarded by a check, an unmarked field, a redacting String or
   MarshalLogObject…), and list the package in ` + "`thirdPartyPkgs`" + ` in
   ` + "`analyzers/phiflow/thirdparty_test.go`" + `. The tests fail on a name the library does
   not declare and on a row without both cases. Run one library's cases alone with
   ` + "`go test ./analyzers/phiflow -run 'TestThirdPartyCatalog/ginleaks|TestThirdPartyNames'`" + `.
   A case that needs an engine change rather than a row goes, with a comment that
   starts ` + "`engine:`" + `, to the package ` + "`enginegaps`" + ` of that module (run with
   ` + "`PHIVET_ENGINE_GAPS=1`" + `).
3. Run ` + "`go test ./analyzers/catalog -update`" + ` to regenerate this page.

Your own wrappers need no catalog entry: mark them with ` + "`//phi:sink`" + `,
` + "`//phi:sanitize`" + ` and the other directives, or in ` + "`phivet.yaml`" + `.
`
