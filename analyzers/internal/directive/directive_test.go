package directive

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	const pos = token.Pos(42)
	for _, tc := range []struct {
		text string
		ok   bool
		verb Verb
		args []string
		err  string
	}{
		// Not directives at all.
		{text: "// phi:source direct"},
		{text: "//  phi:sink log"},
		{text: "/*phi:sink log*/"},
		{text: "//phisource direct"},
		{text: "//PHI:source direct"},
		{text: "//go:generate phi:source"},
		{text: "// the phi:source directive marks a type"},

		// source
		{text: "//phi:source direct", ok: true, verb: Source, args: []string{"direct"}},
		{text: "//phi:source indirect", ok: true, verb: Source, args: []string{"indirect"}},
		{text: "//phi:source clinical", ok: true, verb: Source, args: []string{"clinical"}},
		{text: "//phi:source -", ok: true, verb: Source, args: []string{"-"}},
		{text: "//phi:source\tdirect  ", ok: true, verb: Source, args: []string{"direct"}},
		{text: "//phi:source", ok: true, verb: Source,
			err: "//phi:source needs a class (direct, indirect, clinical or -)"},
		{text: "//phi:source Direct", ok: true, verb: Source, args: []string{"Direct"},
			err: `//phi:source: unknown class "Direct" (want direct, indirect, clinical or -)`},
		{text: "//phi:source direct clinical", ok: true, verb: Source, args: []string{"direct", "clinical"},
			err: `//phi:source takes one argument, a class; unexpected "clinical"`},
		{text: "//phi:source direct // NHS number", ok: true, verb: Source, args: []string{"direct", "//", "NHS", "number"},
			err: `//phi:source takes one argument, a class; unexpected "//"`},

		// sink
		{text: "//phi:sink log", ok: true, verb: Sink, args: []string{"log"}},
		{text: "//phi:sink export", ok: true, verb: Sink, args: []string{"export"}},
		{text: "//phi:sink transmit", ok: true, verb: Sink, args: []string{"transmit"}},
		{text: "//phi:sink respond", ok: true, verb: Sink, args: []string{"respond"}},
		{text: "//phi:sink", ok: true, verb: Sink,
			err: "//phi:sink needs a kind (log, export, transmit or respond)"},
		{text: "//phi:sink logg", ok: true, verb: Sink, args: []string{"logg"},
			err: `//phi:sink: unknown sink kind "logg" (want log, export, transmit or respond)`},
		{text: "//phi:sink log export", ok: true, verb: Sink, args: []string{"log", "export"},
			err: `//phi:sink takes one argument, a kind; unexpected "export"`},

		// check, audit, sanitize
		{text: "//phi:check", ok: true, verb: Check},
		{text: "//phi:check  ", ok: true, verb: Check},
		{text: "//phi:check consent", ok: true, verb: Check, args: []string{"consent"},
			err: `//phi:check takes no arguments; unexpected "consent"`},
		{text: "//phi:audit", ok: true, verb: Audit},
		{text: "//phi:audit now", ok: true, verb: Audit, args: []string{"now"},
			err: `//phi:audit takes no arguments; unexpected "now"`},
		{text: "//phi:sanitize", ok: true, verb: Sanitize},
		{text: "//phi:sanitize direct", ok: true, verb: Sanitize, args: []string{"direct"},
			err: `//phi:sanitize takes no arguments; unexpected "direct"`},

		// requires
		{text: "//phi:requires check", ok: true, verb: Requires, args: []string{"check"}},
		{text: "//phi:requires audit", ok: true, verb: Requires, args: []string{"audit"}},
		{text: "//phi:requires", ok: true, verb: Requires,
			err: "//phi:requires needs a guard (check or audit)"},
		{text: "//phi:requires consent", ok: true, verb: Requires, args: []string{"consent"},
			err: `//phi:requires: unknown guard "consent" (want check or audit)`},
		{text: "//phi:requires check audit", ok: true, verb: Requires, args: []string{"check", "audit"},
			err: `//phi:requires takes one argument, a guard; unexpected "audit"`},

		// ignore
		{text: "//phi:ignore synthetic test patient", ok: true, verb: Ignore, args: []string{"synthetic test patient"}},
		{text: "//phi:ignore   reason with  two  spaces\t", ok: true, verb: Ignore, args: []string{"reason with  two  spaces"}},
		{text: "//phi:ignore\tx", ok: true, verb: Ignore, args: []string{"x"}},
		{text: "//phi:ignore", ok: true, verb: Ignore, err: "//phi:ignore needs a reason"},
		{text: "//phi:ignore   ", ok: true, verb: Ignore, err: "//phi:ignore needs a reason"},

		// unknown words
		{text: "//phi:sorce direct", ok: true, verb: "sorce", args: []string{"direct"},
			err: `unknown phi directive "sorce" (want source, sink, check, audit, sanitize, requires or ignore)`},
		{text: "//phi:Source direct", ok: true, verb: "Source", args: []string{"direct"},
			err: `unknown phi directive "Source" (want source, sink, check, audit, sanitize, requires or ignore)`},
		{text: "//phi:source:direct", ok: true, verb: "source:direct",
			err: `unknown phi directive "source:direct" (want source, sink, check, audit, sanitize, requires or ignore)`},
		{text: "//phi:", ok: true,
			err: "//phi: needs a directive word (want source, sink, check, audit, sanitize, requires or ignore)"},
		{text: "//phi: source direct", ok: true, args: []string{"source", "direct"},
			err: "//phi: needs a directive word (want source, sink, check, audit, sanitize, requires or ignore)"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d, ok, err := Parse(&ast.Comment{Slash: pos, Text: tc.text})
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				if err != nil || !reflect.DeepEqual(d, Directive{}) {
					t.Errorf("not a directive, but got %+v, %v", d, err)
				}
				return
			}
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
				if e, isErr := err.(Error); !isErr || e.Pos != pos {
					t.Errorf("err = %#v, want an Error at %d", err, pos)
				}
			}
			if gotErr != tc.err {
				t.Errorf("err = %q\n         want %q", gotErr, tc.err)
			}
			want := Directive{Verb: tc.verb, Args: tc.args, Pos: pos, Text: tc.text}
			if !reflect.DeepEqual(d, want) {
				t.Errorf("d = %#v\n want %#v", d, want)
			}
		})
	}
}

func TestAccessors(t *testing.T) {
	for _, tc := range []struct {
		text string
		get  func(Directive) string
		want string
	}{
		{"//phi:source clinical", func(d Directive) string { return d.Class().String() }, "clinical"},
		{"//phi:sink respond", func(d Directive) string { return d.Kind().String() }, "respond"},
		{"//phi:requires audit", func(d Directive) string { return d.Guard().String() }, "audit"},
		{"//phi:ignore test data", func(d Directive) string { return d.Reason() }, "test data"},
		{"//phi:check", func(d Directive) string { return d.Class().String() }, ""},
	} {
		d, _, err := Parse(&ast.Comment{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := tc.get(d); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// InGroup is fed the comment groups go/parser builds, so it is tested on
// real source, CRLF line endings included.
func TestInGroup(t *testing.T) {
	src := "package p\r\n\r\n" +
		"// Patient is a person under care.\r\n" +
		"//\r\n" +
		"//phi:source direct\r\n" +
		"//phi:sink logg\r\n" +
		"// phi:audit is prose\r\n" +
		"//phi:ignore\r\n" +
		"//phi:sanitize\r\n" +
		"type Patient struct{}\r\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	ds, errs := InGroup(f.Decls[0].(*ast.GenDecl).Doc)

	var verbs []Verb
	for _, d := range ds {
		verbs = append(verbs, d.Verb)
	}
	if want := []Verb{Source, Sanitize}; !reflect.DeepEqual(verbs, want) {
		t.Errorf("directives = %v, want %v", verbs, want)
	}
	if len(ds) > 0 && fset.Position(ds[0].Pos).Line != 5 {
		t.Errorf("source directive at %v, want line 5", fset.Position(ds[0].Pos))
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, fset.Position(e.Pos).String()+": "+e.Msg)
	}
	want := []string{
		`p.go:6:1: //phi:sink: unknown sink kind "logg" (want log, export, transmit or respond)`,
		"p.go:8:1: //phi:ignore needs a reason",
	}
	if !reflect.DeepEqual(msgs, want) {
		t.Errorf("errors =\n%q\nwant\n%q", msgs, want)
	}

	if ds, errs := InGroup(nil); ds != nil || errs != nil {
		t.Errorf("InGroup(nil) = %v, %v", ds, errs)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"//phi:source direct", "//phi:sink log extra", "//phi:ignore a reason",
		"//phi:", "//phi:requires\tcheck", "// phi:check", "//phi:ignore \u00a0", "//phi:\u2028source",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok, err := Parse(&ast.Comment{Slash: 1, Text: text})
		if !ok && (err != nil || d.Verb != "") {
			t.Fatalf("not a directive, but got %+v, %v", d, err)
		}
		if err == nil && ok {
			if d.Verb == Ignore && (len(d.Args) != 1 || d.Args[0] == "") {
				t.Fatalf("ignore without a reason accepted: %q", text)
			}
			for _, a := range d.Args {
				if a == "" {
					t.Fatalf("empty argument in %q", text)
				}
			}
		}
	})
}
