package phiflow_test

// Tests of the third-party part of the catalog against the real libraries:
// testdata/thirdparty is a module of its own that requires them at pinned
// versions, with one package per library. Every row of a third-party
// table must name a function, variable or type the library has (so that
// an upstream rename breaks a test instead of silently losing findings),
// and must be used in the test module both in a statement that has a
// finding and in one that stays clean.

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// thirdPartyDir is the test module that compiles against the real
// third-party libraries the catalog models, at the versions its go.mod
// pins.
var thirdPartyDir = filepath.Join("testdata", "thirdparty")

// thirdPartyPkgs are its packages with cases, one per library, and the
// third-party catalog tables each covers (none for a standard library
// table, whose rows are covered by the contract tests as well; several
// for the I/O packages' cases): each table names its own (Table.Cases),
// and casesBeyondTables the rest.
var thirdPartyPkgs = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, p := range casesBeyondTables {
		out["./"+p] = map[string]bool{}
	}
	for _, t := range catalog.Tables() {
		if t.Cases == "" {
			continue
		}
		p := "./" + t.Cases
		if out[p] == nil {
			out[p] = map[string]bool{}
		}
		if isThirdParty(t) {
			out[p][t.Package] = true
		}
	}
	return out
}()

// casesBeyondTables are the packages of cases that cover no one table:
// dependencies analysed as such, and a web framework's handlers' errors
// under each kind of error handler an app sets (one package each: the
// hook is the program's).
var casesBeyondTables = []string{"depleaks", "emailleaks",
	"fibererrleaks", "fiberhookleaks", "fiberquietleaks", "echoerrleaks", "echohookleaks", "echologleaks"}

// casesElsewhere are the third-party tables whose cases are not a package
// of the thirdparty module, by where they are.
var casesElsewhere = map[string]string{
	googleFHIRJSONTable: "the packs' tests (pack_googlefhir_test.go)",
	// Test doubles: testdata/src/example.com/doubles, against stubs of
	// the mock libraries.
	"github.com/stretchr/testify/mock":                       "the contract test testdoubles",
	"github.com/golang/mock/gomock, go.uber.org/mock/gomock": "the contract test testdoubles",
	// Temporal's test suite: a stub of go.temporal.io/sdk's internal
	// package and client, testdata/src/go.temporal.io/sdk.
	"go.temporal.io/sdk": "the contract test testdoubles",
	// A stub of the Firestore client, which the test module does not
	// require: testdata/src/cloud.google.com/go/firestore.
	"cloud.google.com/go/firestore": "the contract test documentstore",
	// A stub of go-git, whose dependencies the test module does not
	// require: testdata/src/github.com/go-git/go-git/v5.
	"github.com/go-git/go-git/v5": "the contract test gitstore",
	// A stub of Firebase Cloud Messaging, whose SDK's dependencies the
	// test module does not require: testdata/src/firebase.google.com/go.
	"firebase.google.com/go/messaging": "the contract test pushnotify",
}

// TestThirdPartyTablesCovered checks that every third-party catalog
// table has a package of cases checked against its rows.
func TestThirdPartyTablesCovered(t *testing.T) {
	covered := map[string]bool{}
	for table := range casesElsewhere {
		covered[table] = true
	}
	for _, tables := range thirdPartyPkgs {
		for table := range tables {
			covered[table] = true
		}
	}
	for _, table := range catalog.Tables() {
		if table.Cases != "" {
			if _, err := os.Stat(filepath.Join(thirdPartyDir, table.Cases)); err != nil {
				t.Errorf("table %s: its cases: %v", table.Package, err)
			}
		}
		if isThirdParty(table) && !covered[table.Package] {
			t.Errorf("table %s has no package of cases in testdata/thirdparty", table.Package)
		}
	}
}

// needThirdParty downloads the test module's dependencies once per run.
func needThirdParty(t *testing.T) {
	t.Helper()
	phitest.NeedModule(t, thirdPartyDir)
}

// TestThirdPartyCatalog checks the findings of every library's package
// against its // want comments, then that every third-party row has both
// kinds of case.
//
// Each library is a subtest of its own (TestThirdPartyCatalog/ginleaks),
// so that one can be run alone while its table is worked on. The packages
// the -run pattern selects are loaded and analysed together, once: they
// share most of their dependencies, whose analysis is most of the time.
// Each subtest then reports the failures in its own package's files.
func TestThirdPartyCatalog(t *testing.T) {
	needThirdParty(t)
	var all []string
	for p := range thirdPartyPkgs {
		all = append(all, p)
	}
	sort.Strings(all)
	pkgs := selectedSubtests(all)
	if len(pkgs) == 0 {
		return
	}
	failures := &failureLog{}
	results := phitest.RunModule(failures, thirdPartyDir, phiflow.Analyzer, pkgs...)
	claimed := map[int]bool{}
	for _, p := range pkgs {
		t.Run(subtestName(p), func(t *testing.T) {
			for i, msg := range failures.msgs {
				if failureIn(msg, p) {
					claimed[i] = true
					t.Error(msg)
				}
			}
			if t.Failed() {
				return
			}
			cov := newCoverage(thirdPartyPkgs[p])
			for _, r := range results {
				if r.Action.Package.PkgPath == thirdPartyModule+strings.TrimPrefix(p, ".") {
					cov.add(r)
				}
			}
			for _, msg := range cov.missing() {
				t.Error(msg)
			}
		})
	}
	// Failures no library's files account for (loading, analysis errors).
	for i, msg := range failures.msgs {
		if !claimed[i] && !slices.ContainsFunc(all, func(p string) bool { return failureIn(msg, p) }) {
			t.Error(msg)
		}
	}
}

// thirdPartyModule is the test module's path.
const thirdPartyModule = "example.com/thirdparty"

// failureLog collects what analysistest reports, to be sorted by package.
type failureLog struct{ msgs []string }

func (f *failureLog) Errorf(format string, args ...any) {
	f.msgs = append(f.msgs, fmt.Sprintf(format, args...))
}

// failureIn reports whether msg is about a file of package p ("./ginleaks"):
// analysistest starts its messages with the file's path.
func failureIn(msg, p string) bool {
	dir := filepath.Join(thirdPartyDir, strings.TrimPrefix(p, "./")) + string(filepath.Separator)
	return strings.Contains(msg, dir)
}

func subtestName(p string) string { return strings.TrimPrefix(p, "./") }

// selectedSubtests returns the packages whose subtests the -run flag may
// select: its second level, matched as the testing package does. When in
// doubt it selects a package: loading one too many only costs time.
func selectedSubtests(pkgs []string) []string {
	run := ""
	if f := flag.Lookup("test.run"); f != nil {
		run = f.Value.String()
	}
	levels := splitRunPattern(run)
	if len(levels) < 2 {
		return pkgs
	}
	re, err := regexp.Compile(levels[1])
	if err != nil {
		return pkgs
	}
	var out []string
	for _, p := range pkgs {
		if re.MatchString(subtestName(p)) {
			out = append(out, p)
		}
	}
	return out
}

// splitRunPattern splits a -run pattern into its levels at the slashes
// outside brackets and parentheses, as the testing package does.
func splitRunPattern(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[', '(':
			depth++
		case ']', ')':
			depth--
		case '/':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// TestThirdPartyNames checks that every row of a third-party table names
// something the library declares, with argument indexes it has.
func TestThirdPartyNames(t *testing.T) {
	needThirdParty(t)
	rows := slices.Concat(thirdPartyRows(), thirdPartyNoReturns(), thirdPartyKeeps(), ormRows(), thirdPartyProgramParts())
	// A library the test module does not require is checked against its
	// stub in testdata/src, which follows the library's API.
	paths, stubPaths := map[string]bool{}, map[string]bool{}
	for _, r := range rows {
		if _, elsewhere := casesElsewhere[r.table]; elsewhere && hasStub(r.pkg) {
			stubPaths[r.pkg] = true
		} else {
			paths[r.pkg] = true
		}
	}
	decl := map[string]*types.Signature{} // full name -> signature (nil for vars and types)
	for _, p := range phitest.LoadTypes(t, thirdPartyDir, sortedKeys(paths)...) {
		declare(p, decl)
	}
	if len(stubPaths) > 0 {
		for _, p := range phitest.LoadStubTypes(t, "testdata", sortedKeys(stubPaths)...) {
			declare(p, decl)
		}
	}
	for _, r := range rows {
		sig, ok := decl[r.name]
		if !ok {
			t.Errorf("%s: %s %s is not declared by %s", r.table, r.role, r.name, r.pkg)
			continue
		}
		if sig == nil {
			continue
		}
		n := sig.Params().Len()
		if sig.Recv() != nil {
			n++
		}
		for _, i := range r.args {
			if i >= n && !(sig.Variadic() && i == n) {
				t.Errorf("%s: %s %s has no argument %d (it has %d, receiver counted)", r.table, r.role, r.name, i, n)
			}
		}
	}
}

// hasStub reports whether testdata/src has a stub of the package.
func hasStub(pkg string) bool {
	_, err := os.Stat(filepath.Join("testdata", "src", pkg))
	return err == nil
}

// sortedKeys returns the set's members in order.
func sortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// declare records the full names of everything pkg declares: functions,
// methods (interface methods under the interface that declares them),
// package variables and types.
func declare(pkg *types.Package, decl map[string]*types.Signature) {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch o := scope.Lookup(name).(type) {
		case *types.Func:
			decl[o.FullName()] = o.Type().(*types.Signature)
		case *types.Var:
			decl[pkg.Path()+"."+o.Name()] = nil
		case *types.TypeName:
			decl[types.TypeString(o.Type(), nil)] = nil
			decl["*"+types.TypeString(o.Type(), nil)] = nil
			named, ok := o.Type().(*types.Named)
			if !ok {
				continue
			}
			for i := 0; i < named.NumMethods(); i++ {
				m := named.Method(i)
				decl[m.FullName()] = m.Type().(*types.Signature)
			}
			if it, ok := named.Underlying().(*types.Interface); ok {
				for i := 0; i < it.NumMethods(); i++ {
					m := it.Method(i)
					decl[m.FullName()] = m.Type().(*types.Signature)
				}
			}
		}
	}
}

// row is one name a third-party table uses.
type row struct {
	table, role, name, pkg string
	args                   []int // argument indexes the row reads or writes
	kind                   string
}

func isThirdParty(t catalog.Table) bool {
	first, _, _ := strings.Cut(t.Package, "/")
	return strings.Contains(first, ".")
}

// thirdPartyRows lists the rows of the third-party tables.
func thirdPartyRows() []row {
	var out []row
	for _, t := range catalog.Tables() {
		if !isThirdParty(t) {
			continue
		}
		add := func(role, name, kind string, args ...int) {
			out = append(out, row{table: t.Package, role: role, name: name, pkg: pkgOf(name), args: args, kind: kind})
		}
		for _, s := range t.Sinks {
			add("sink", s.Func, s.Kind.String(), argIndexes(s.Data)...)
		}
		for _, u := range t.URLs {
			add("url", u.Func, "url", u.Arg)
		}
		for _, w := range t.Writers {
			add("writer", w.Func, "", append(argIndexes(w.Data), w.Dest)...)
		}
		for _, w := range t.Wrappers {
			add("wrapper", w.Func, "", argIndexes(w.Dest)...)
		}
		for _, d := range t.Destinations {
			add("destination", d.Name, d.Kind.String())
		}
		for _, d := range t.DestinationTypes {
			add("destination type", d.Type, d.Kind.String())
		}
		for _, p := range t.Propagators {
			args := argIndexes(p.From)
			if p.Into != catalog.Results {
				args = append(args, int(p.Into))
			}
			add("propagator", p.Func, "", args...)
		}
		for _, w := range t.WriterCallbacks {
			add("writer callback", w.Func, "", w.Callback)
		}
		for _, c := range t.CarriedFuncs {
			add("carried function", c.Func, "", c.Arg)
		}
		for _, s := range t.SignatureSinks {
			// Named by the type of its variadic parameter.
			add("signature sink", s.VariadicOf, s.Kind.String())
		}
	}
	return out
}

// thirdPartyNoReturns lists the calls of third-party tables that never
// return. They need no finding of their own (their guard cases are in
// each library's noreturn.go), only a name the library declares.
func thirdPartyNoReturns() []row {
	var out []row
	for _, t := range catalog.Tables() {
		if isThirdParty(t) {
			for _, n := range t.NoReturns {
				out = append(out, row{table: t.Package, role: "no-return", name: n, pkg: pkgOf(n)})
			}
		}
	}
	return out
}

// thirdPartyProgramParts lists the types of third-party tables whose
// values are parts of the program. They need no finding of their own
// (their cases are phidiscover's, against stand-ins of the libraries),
// only a type the library declares.
func thirdPartyProgramParts() []row {
	var out []row
	for _, t := range catalog.Tables() {
		if isThirdParty(t) {
			for _, p := range t.ProgramParts {
				out = append(out, row{table: t.Package, role: "program part", name: p.Type, pkg: pkgOf(p.Type)})
			}
		}
	}
	return out
}

// thirdPartyKeeps lists the calls of third-party tables and I/O packages
// that write nothing into the arguments they name. They need no finding
// of their own (their cases are echoes in ginleaks and ioleaks), only a
// name the library declares, with those arguments.
func thirdPartyKeeps() []row {
	var out []row
	add := func(table string, ks []catalog.Keep) {
		for _, k := range ks {
			out = append(out, row{table: table, role: "keeps", name: k.Func, pkg: pkgOf(k.Func), args: k.Args.Only})
		}
	}
	for _, t := range catalog.Tables() {
		if isThirdParty(t) {
			add(t.Package, t.Keeps)
		}
		for _, p := range t.IO {
			add(p.Path, p.Keeps)
		}
	}
	return out
}

// ormRows lists the calls of the ORMs' queries. Their cases are in each
// ORM's package (Preloaded and Unloaded, Loaded and Unloaded), not
// checked row by row: a load has a finding only with a query that names
// an association.
func ormRows() []row {
	var out []row
	add := func(lib, role, name string, args ...int) {
		out = append(out, row{table: lib, role: role, name: name, pkg: pkgOf(name), args: args})
	}
	for _, t := range catalog.Tables() {
		o := t.ORM
		if o == nil {
			continue
		}
		for _, l := range o.Loads {
			add(o.Library, "query load", l.Func, l.Arg)
		}
		for _, n := range o.Names {
			add(o.Library, "query association", n.Func, n.Arg)
		}
		for _, c := range o.Chains {
			add(o.Library, "query chain", c)
		}
		for _, s := range o.Starts {
			add(o.Library, "query start", s)
		}
		for _, r := range o.Results {
			add(o.Library, "query result", r)
		}
		for _, m := range o.Models {
			add(o.Library, "query model", m.Func, m.Arg)
		}
		for _, r := range o.Runs {
			add(o.Library, "query run", r)
		}
		if g := o.Generated; g != nil {
			// The generated code's names are each project's own: only
			// the type its builders point to is the library's.
			add(o.Library, "generated query context", g.Context)
		}
	}
	return out
}

// argIndexes lists the indexes a selects (From: the first one).
func argIndexes(a catalog.Args) []int {
	if a.From >= 0 {
		return []int{a.From}
	}
	return a.Only
}

// pkgOf returns the package path in a full name: "(*a/b.T).M", "a/b.F",
// "a/b.T", "(a/b.G[T any]).M".
func pkgOf(name string) string {
	s := strings.TrimLeft(name, "(*")
	if i := strings.IndexAny(s, ")["); i >= 0 {
		s = s[:i]
	}
	// The last element is the function, variable or type: the path is
	// what comes before it (a path may have dots: "github.com/nats-io/nats.go").
	if dot := strings.LastIndex(s, "."); dot > strings.LastIndex(s, "/") {
		return s[:dot]
	}
	return s
}

// coverage records, for every third-party row, whether a statement that
// uses it has a finding and whether one stays clean.
type coverage struct {
	rows  []row
	found map[string]*[2]bool // row key -> [positive, clean]
}

// newCoverage follows the rows of the tables whose Package is in tables.
func newCoverage(tables map[string]bool) *coverage {
	c := &coverage{found: map[string]*[2]bool{}}
	for _, r := range thirdPartyRows() {
		if tables[r.table] {
			c.rows = append(c.rows, r)
			c.found[r.role+" "+r.name] = new([2]bool)
		}
	}
	return c
}

func (c *coverage) mark(role, name string, positive bool) {
	if f, ok := c.found[role+" "+name]; ok {
		if positive {
			f[0] = true
		} else {
			f[1] = true
		}
	}
}

// add records the uses in one analysed package.
func (c *coverage) add(r *analysistest.Result) {
	pkg := r.Action.Package
	var diags []token.Pos
	for _, d := range r.Action.Diagnostics {
		diags = append(diags, d.Pos)
	}
	sigSinks := map[string]bool{}
	destTypes := map[string]bool{}
	storesInto := map[string]bool{}
	for _, t := range catalog.Tables() {
		for _, p := range t.Propagators {
			if p.Into != catalog.Results {
				storesInto[p.Func] = true
			}
		}
		for _, s := range t.SignatureSinks {
			sigSinks[s.VariadicOf] = true
		}
		for _, d := range t.DestinationTypes {
			destTypes[d.Type] = true
		}
	}
	for _, f := range pkg.Syntax {
		// A statement that only calls (e.Str(…), md.Set(…)) is judged
		// with the statement after it, where what it stored is used.
		judged := map[ast.Stmt]token.Pos{}
		ast.Inspect(f, func(n ast.Node) bool {
			if b, ok := n.(*ast.BlockStmt); ok {
				for i, s := range b.List {
					judged[s] = s.End()
					if _, call := s.(*ast.ExprStmt); call && i+1 < len(b.List) {
						judged[s] = b.List[i+1].End()
					}
				}
			}
			return true
		})
		// Calls in the printing methods (MarshalLogObject…) of types named
		// leak… or clean….
		rendering := map[token.Pos]bool{}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil || len(fd.Recv.List) != 1 {
				continue
			}
			recv := types.ExprString(fd.Recv.List[0].Type)
			leak, clean := strings.HasPrefix(recv, "leak"), strings.HasPrefix(recv, "clean")
			if !leak && !clean {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					rendering[c.Pos()] = leak
				}
				return true
			})
		}
		// The innermost statement around each node decides: a finding
		// anywhere in it makes the use positive.
		inspectInStatements(f, func(n ast.Node, cur ast.Stmt) {
			hit := func(end token.Pos) bool {
				for _, p := range diags {
					if cur.Pos() <= p && p < end {
						return true
					}
				}
				return false
			}
			positive := hit(cur.End())
			if e, ok := n.(ast.Expr); ok {
				if tv, ok := pkg.TypesInfo.Types[e]; ok && tv.Type != nil {
					if ts := types.TypeString(tv.Type, nil); destTypes[ts] {
						c.mark("destination type", ts, positive)
					}
				}
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return
			}
			fn, _ := typeutil.Callee(pkg.TypesInfo, call).(*types.Func)
			if fn == nil {
				return
			}
			name := fn.Origin().FullName()
			kind, inRendering := rendering[call.Pos()]
			if inRendering {
				// Inside a printing method the finding is where the value
				// is printed: its type's name says which case it is.
				positive = kind
			} else if es, ok := cur.(*ast.ExprStmt); ok && storedBy(pkg.TypesInfo, es, call, storesInto, name) {
				// It stores into an argument, or its result is stored:
				// judged with the statement that uses what was stored.
				if end, ok := judged[cur]; ok {
					positive = hit(end)
				}
			}
			for _, role := range []string{"sink", "url", "writer", "wrapper", "destination", "propagator", "writer callback", "carried function"} {
				c.mark(role, name, positive)
			}
			sig := fn.Type().(*types.Signature)
			if sig.Variadic() {
				last := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
				if ts := types.TypeString(last, nil); sigSinks[ts] && !c.named(name) {
					c.mark("signature sink", ts, positive)
				}
			}
		})
	}
}

// storedBy reports whether call, named name, is the call of statement es
// and stores into an argument, or is an argument of that call when it
// does (a setting made for the store: gomail's m.Attach(name,
// SetCopyFunc(…))).
func storedBy(info *types.Info, es *ast.ExprStmt, call *ast.CallExpr, storesInto map[string]bool, name string) bool {
	top, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	if top == call {
		return storesInto[name]
	}
	fn, _ := typeutil.Callee(info, top).(*types.Func)
	if fn == nil || !storesInto[fn.Origin().FullName()] {
		return false
	}
	for _, a := range top.Args {
		if ast.Unparen(a) == call {
			return true
		}
	}
	return false
}

// inspectInStatements calls visit for every node of f inside a
// statement, with the innermost statement (not a block) around it.
func inspectInStatements(f *ast.File, visit func(n ast.Node, cur ast.Stmt)) {
	var stack []ast.Stmt
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		var cur ast.Stmt
		if len(stack) > 0 {
			cur = stack[len(stack)-1]
		}
		if s, ok := n.(ast.Stmt); ok {
			if _, block := n.(*ast.BlockStmt); !block {
				cur = s
			}
		}
		stack = append(stack, cur)
		if cur != nil {
			visit(n, cur)
		}
		return true
	})
}

// named reports whether a row names the function.
func (c *coverage) named(name string) bool {
	for _, r := range c.rows {
		if r.name == name && r.role != "signature sink" {
			return true
		}
	}
	return false
}

// missing lists the rows without a positive or a clean case.
func (c *coverage) missing() []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range c.rows {
		key := r.role + " " + r.name
		if seen[key] {
			continue
		}
		seen[key] = true
		f := c.found[key]
		switch {
		case !f[0] && !f[1]:
			out = append(out, fmt.Sprintf("%s: %s %s has no test case", r.table, r.role, r.name))
		case !f[0]:
			out = append(out, fmt.Sprintf("%s: %s %s has no case with a finding", r.table, r.role, r.name))
		case !f[1]:
			out = append(out, fmt.Sprintf("%s: %s %s has no case that stays clean", r.table, r.role, r.name))
		}
	}
	return out
}

// TestThirdPartyEngineGaps runs the reproducers of what the engine does not
// do yet (testdata/thirdparty/enginegaps, each case marked "engine:"). They
// fail until the engine changes, so they run only when PHIVET_ENGINE_GAPS=1.
func TestThirdPartyEngineGaps(t *testing.T) {
	if os.Getenv("PHIVET_ENGINE_GAPS") != "1" {
		t.Skip("engine gaps: set PHIVET_ENGINE_GAPS=1 to run the reproducers in testdata/thirdparty/enginegaps")
	}
	needThirdParty(t)
	phitest.RunModule(t, thirdPartyDir, phiflow.Analyzer, "./enginegaps")
}

// TestIOPackagesCovered checks that the cases of the I/O packages
// (ioleaks) call into every package the catalog lists as I/O, so that a
// row cannot be added without a case, nor name a package that does not
// exist (the cases would not compile). A library whose cases are
// elsewhere, against a stub of it, must have that stub in testdata/src.
func TestIOPackagesCovered(t *testing.T) {
	dir := filepath.Join(thirdPartyDir, "ioleaks")
	fset := token.NewFileSet()
	imported := map[string]bool{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			imported[path] = true
		}
	}
	for _, tb := range catalog.Tables() {
		for _, p := range tb.IO {
			if _, ok := casesElsewhere[tb.Package]; ok {
				if _, err := os.Stat(filepath.Join("testdata", "src", p.Path)); err != nil {
					t.Errorf("I/O package %s has no stub: %v", p.Path, err)
				}
				continue
			}
			if !imported[p.Path] {
				t.Errorf("I/O package %s has no case in %s", p.Path, dir)
			}
		}
	}
}
