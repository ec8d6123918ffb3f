package flowmap

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/analyzers/vocab"
)

// An unsettled call cycle the engine reports is listed under coverage,
// with the function it is in.
func TestCoverageListsUnsettledCycles(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "/src/walk/walk.go", "package walk\n\nfunc Walk(n int) int {\n\treturn Walk(n - 1)\n}\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	head := f.Decls[0].(*ast.FuncDecl).Name.Pos()
	p := Package{
		Path: "example.com/walk", Fset: fset, Files: []*ast.File{f},
		Types: types.NewPackage("example.com/walk", "walk"),
		Dir:   &phidirective.Result{Config: config.Default()},
		Flow:  &phiflow.Result{Result: &taint.Result{Unsettled: []token.Pos{head}}},
	}
	m := Build("phivet test", []Package{p}, func(s string) string { return strings.TrimPrefix(s, "/src/") })
	if len(m.Coverage) != 1 || m.Coverage[0] != (Gap{File: "walk/walk.go", Line: 3, Function: "Walk", What: unsettledCycle}) {
		t.Fatalf("coverage = %+v", m.Coverage)
	}
	var b bytes.Buffer
	if err := Markdown(&b, m); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "## Coverage\n\n| where | function | what |\n| --- | --- | --- |\n| `walk/walk.go:3` | `Walk` | a call cycle") {
		t.Errorf("Markdown coverage section:\n%s", b.String())
	}

	empty := Build("phivet test", nil, func(s string) string { return s })
	b.Reset()
	if err := Markdown(&b, empty); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "## Coverage\n\nEvery call cycle settled within the engine's bound on passes.") || empty.Coverage == nil {
		t.Errorf("empty map: coverage %v, Markdown:\n%s", empty.Coverage, b.String())
	}
}

// Calls the engine could not follow are listed under coverage, grouped
// by callee with a count, the callee with the most calls first; a call
// seen twice (a package and its test variant) counts once.
func TestCoverageListsUnfollowedCalls(t *testing.T) {
	src := "package relay\n\nfunc Send(f func(string), s string) {\n\tf(s)\n\tf(s + s)\n}\n\nfunc Other(s string) {\n\tg(s)\n}\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "/src/relay/relay.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	at := func(line, col int) token.Pos { return fset.File(f.Pos()).LineStart(line) + token.Pos(col) }
	dyn := "dynamic call of func(string)"
	res := &taint.Result{Unfollowed: []taint.Unfollowed{
		{Pos: at(4, 1), Callee: dyn, Reason: taint.ReasonNoTarget, Classes: []vocab.Class{vocab.ClassDirect}},
		{Pos: at(5, 1), Callee: dyn, Reason: taint.ReasonNoTarget, Classes: []vocab.Class{vocab.ClassClinical}},
		{Pos: at(9, 1), Callee: "ext.G", Reason: taint.ReasonNoCode, Classes: []vocab.Class{vocab.ClassIndirect}},
	}}
	p := Package{
		Path: "example.com/relay", Fset: fset, Files: []*ast.File{f},
		Types: types.NewPackage("example.com/relay", "relay"),
		Dir:   &phidirective.Result{Config: config.Default()},
		Flow:  &phiflow.Result{Result: res},
	}
	m := Build("phivet test", []Package{p, p}, func(s string) string { return strings.TrimPrefix(s, "/src/") })
	if m.Summary.Unfollowed != 3 || len(m.Unfollowed) != 2 {
		t.Fatalf("summary %d, unfollowed %+v", m.Summary.Unfollowed, m.Unfollowed)
	}
	first := m.Unfollowed[0]
	if first.Callee != dyn || first.Count != 2 || first.Classes != "clinical, direct" || first.Reason != taint.ReasonNoTarget ||
		first.Calls[0] != (UnfollowedCall{File: "relay/relay.go", Line: 4, Function: "Send", Classes: "direct"}) {
		t.Errorf("first callee = %+v", first)
	}
	if second := m.Unfollowed[1]; second.Callee != "ext.G" || second.Count != 1 || second.Calls[0].Function != "Other" {
		t.Errorf("second callee = %+v", second)
	}

	var b bytes.Buffer
	if err := Markdown(&b, m); err != nil {
		t.Fatal(err)
	}
	want := "## Coverage\n\nEvery call cycle settled within the engine's bound on passes.\n\n### Calls phivet cannot follow\n\n3 calls pass identifiable data to a callee phivet cannot follow: what the callee does with it is unknown, so a path through it may be cut." +
		"\n\n| callee | calls | data | why | where |\n| --- | --- | --- | --- | --- |\n" +
		"| `dynamic call of func(string)` | 2 | `clinical, direct` | " + taint.ReasonNoTarget + " | `relay/relay.go:4` (`Send`), `relay/relay.go:5` (`Send`) |\n" +
		"| `ext.G` | 1 | `indirect` | " + taint.ReasonNoCode + " | `relay/relay.go:9` (`Other`) |\n"
	if !strings.Contains(b.String(), want) {
		t.Errorf("Markdown coverage section:\n%s", b.String())
	}
	b.Reset()
	if err := HTML(&b, m); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "<tr><td><code>ext.G</code></td><td>1</td><td><code>indirect</code></td>") {
		t.Errorf("HTML coverage section:\n%s", b.String())
	}
	b.Reset()
	if err := JSON(&b, m); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"callee": "ext.G"`) || !strings.Contains(b.String(), `"unfollowed": 3`) {
		t.Errorf("JSON map:\n%s", b.String())
	}

	empty := Build("phivet test", nil, func(s string) string { return s })
	b.Reset()
	if err := Markdown(&b, empty); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "### Calls phivet cannot follow\n\n"+noUnfollowed) || empty.Unfollowed == nil {
		t.Errorf("empty map: unfollowed %v, Markdown:\n%s", empty.Unfollowed, b.String())
	}
}

// The -v line counts a call, a cycle and a function seen twice (a
// package and its test variant) once, and says "1 call ... was", "2
// calls ... were".
func TestCoverageTally(t *testing.T) {
	fset := token.NewFileSet()
	f := fset.AddFile("/src/a.go", -1, 100)
	f.SetLines([]int{0, 10, 20, 30})
	at := func(off int) token.Pos { return f.Pos(off) }
	res := &taint.Result{
		Unfollowed: []taint.Unfollowed{
			{Pos: at(11), Callee: "ext.A", Reason: taint.ReasonNoCode},
			{Pos: at(11), Callee: "ext.A", Reason: taint.ReasonNoCode, Via: taint.Step{Where: "/src/b.go:3:1"}},
		},
		Unsettled: []token.Pos{at(21)},
		Limits:    []taint.Limit{{Pos: at(1), Bound: "maxReslices"}, {Pos: at(1), Bound: "maxBaseChain"}},
	}
	tally := NewCoverageTally()
	tally.Add(fset, res)
	tally.Add(fset, res)
	got := tally.Count()
	if got != (CoverageCount{Calls: 2, Callees: 1, Unsettled: 1, Limited: 1}) {
		t.Fatalf("count = %+v", got)
	}
	want := "2 calls to 1 callee phivet cannot follow were passed identifiable data; 1 call cycle did not settle; 1 function reached an internal limit (phivet map lists them)"
	if got.String() != want {
		t.Errorf("line:\n%s\nwant:\n%s", got, want)
	}
	if s := (CoverageCount{}).String(); !strings.HasPrefix(s, "0 calls to 0 callees phivet cannot follow were passed") || !strings.Contains(s, "0 call cycles did not settle; 0 functions reached") {
		t.Errorf("empty line: %s", s)
	}
}
