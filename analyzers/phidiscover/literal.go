package phidiscover

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/internal/idnumber"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/phidirective"
)

// Literal is a literal in non-test code that looks like a real patient
// identifier and is used as one (PHI3002).
type Literal struct {
	Pos   token.Pos
	Value string        // the literal as written
	Kind  idnumber.Kind // what it looks like
	Use   string        // what says it is used as one: "assigned to Patient.NHSNumber"
	// Suppressed holds the reason of a //phi:ignore on the literal's line.
	Suppressed string
	// Reported is false for a literal not reported because of -checks or
	// a //phi:ignore.
	Reported bool
}

// A literal that merely has the shape of an identifier is common: one
// 10-digit string in eleven passes Modulus 11. So a literal is reported
// only when its use says it is one: it is stored in, passed as, compared
// with or returned as something whose name says it holds that kind of
// identifier (NHSNumber, ssn, a json:"nhs_number" field, a parameter
// named mbi), or something marked identifiable whose name does not say
// it is other data (a phone number); or it sits in a composite literal
// beside a string that names the identifier (an identifier system such
// as "https://fhir.nhs.uk/Id/nhs-number").

// place is one thing a literal is stored in, passed as, compared with or
// returned as.
type place struct {
	name   string // its name, split into words when judged
	tag    string // a field's struct tag
	marked bool   // marked identifiable (a phi tag, directive, config entry or source type)
	use    string // how the literal meets it, for the message
}

// literalsIn lists the literals of f that look like real identifiers and
// are used as one, in source order.
func literalsIn(pass *analysis.Pass, m *model.Model, f *ast.File) []Literal {
	var out []Literal
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		lit, ok := n.(*ast.BasicLit)
		if !ok {
			return true
		}
		value, kind := literalKind(lit)
		if kind == idnumber.None {
			return true
		}
		if use, ok := usedAs(pass, m, stack, kind); ok {
			out = append(out, Literal{Pos: lit.Pos(), Value: value, Kind: kind, Use: use})
		}
		return true
	})
	return out
}

// literalKind returns the value of a string or integer literal and what
// identifier it looks like.
func literalKind(lit *ast.BasicLit) (string, idnumber.Kind) {
	v := lit.Value
	switch lit.Kind {
	case token.STRING:
		s, err := strconv.Unquote(v)
		if err != nil {
			return "", idnumber.None
		}
		v = s
	case token.INT:
	default:
		return "", idnumber.None
	}
	return v, idnumber.Recognise(v)
}

// usedAs judges the places the literal at the top of stack meets, and
// returns the first that says it is used as an identifier of kind.
func usedAs(pass *analysis.Pass, m *model.Model, stack []ast.Node, kind idnumber.Kind) (string, bool) {
	places, siblings := placesOf(pass, m, stack)
	for _, p := range places {
		if namesKind(p.name, p.tag, kind) {
			return p.use, true
		}
		if p.marked && !namesOtherData(p.name, p.tag) {
			return p.use, true
		}
	}
	for _, s := range siblings {
		if namesKind(s, "", kind) {
			return "beside " + strconv.Quote(s), true
		}
	}
	return "", false
}

// namesKind reports whether a name or tag says it holds an identifier of
// kind: the UK's three numbers stand for each other (a Scottish service
// keeps CHI numbers in an NHSNumber field), and a patient identifier
// or medical record number may be any of them.
func namesKind(name, tag string, kind idnumber.Kind) bool {
	ws := words(name)
	if kind == idnumber.MBI && contains(ws, "mbi") {
		return true
	}
	t, _ := lookIdentifiable(name, tag, false)
	if t == nil {
		return false
	}
	switch kind {
	case idnumber.NHS, idnumber.CHI, idnumber.HC:
		return t.What == "NHS number" || t.What == "CHI number" || t.What == "H&C number" || t.What == "medical record number"
	case idnumber.SSN:
		return t.What == "social security number"
	case idnumber.MBI:
		return t.What == "insurance or member id"
	}
	return false
}

// namesOtherData reports whether a name says it holds identifiable data
// that is not an identifier number: a phone number, a date, a postcode.
func namesOtherData(name, tag string) bool {
	t, _ := lookIdentifiable(name, tag, true)
	return t != nil && !identifierTerm(t)
}

// identifierTerm reports whether t is one of the vocabulary's
// identifiers.
func identifierTerm(t *term) bool {
	switch t.What {
	case "NHS number", "CHI number", "H&C number", "social security number",
		"national insurance number", "medical record number", "insurance or member id":
		return true
	}
	return false
}

// placesOf returns the places the literal at the top of stack meets, and
// the other string literals of the composite literal it is an element
// of. Parentheses and conversions to a named type are looked through
// (the type's name is a place too).
func placesOf(pass *analysis.Pass, m *model.Model, stack []ast.Node) ([]place, []string) {
	var places []place
	i := len(stack) - 1
	child := stack[i]
	for i > 0 {
		parent := stack[i-1]
		if p, ok := parent.(*ast.ParenExpr); ok {
			child, i = p, i-1
			continue
		}
		if call, ok := parent.(*ast.CallExpr); ok && len(call.Args) == 1 && call.Args[0] == child {
			if tv, ok := pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
				places = append(places, typePlace(m, tv.Type, "converted to"))
				child, i = call, i-1
				continue
			}
		}
		break
	}
	if i == 0 {
		return places, nil
	}
	switch parent := stack[i-1].(type) {
	case *ast.KeyValueExpr:
		if parent.Value != child || i < 2 {
			return places, nil
		}
		comp, ok := stack[i-2].(*ast.CompositeLit)
		if !ok {
			return places, nil
		}
		if key, ok := parent.Key.(*ast.BasicLit); ok && key.Kind == token.STRING {
			if k, err := strconv.Unquote(key.Value); err == nil {
				places = append(places, place{name: k, use: "under key " + key.Value})
			}
		} else if id, ok := parent.Key.(*ast.Ident); ok {
			if fp, ok := fieldPlace(pass, m, comp, id.Name, -1); ok {
				places = append(places, fp)
			}
		}
		return places, siblingStrings(comp, parent)
	case *ast.CompositeLit:
		for j, e := range parent.Elts {
			if e != child {
				continue
			}
			if fp, ok := fieldPlace(pass, m, parent, "", j); ok {
				places = append(places, fp)
			} else if t := pass.TypesInfo.TypeOf(parent); t != nil {
				if e := model.Elem(t.Underlying()); e != nil {
					places = append(places, typePlace(m, e, "an element of"))
				}
			}
		}
		return places, siblingStrings(parent, child)
	case *ast.AssignStmt:
		if len(parent.Lhs) == len(parent.Rhs) {
			for j, r := range parent.Rhs {
				if r == child {
					places = append(places, exprPlaces(pass, m, parent.Lhs[j], "assigned to")...)
				}
			}
		}
	case *ast.ValueSpec:
		if len(parent.Names) == len(parent.Values) {
			for j, v := range parent.Values {
				if v == child {
					places = append(places, exprPlaces(pass, m, parent.Names[j], "assigned to")...)
				}
			}
		}
	case *ast.BinaryExpr:
		if parent.Op == token.EQL || parent.Op == token.NEQ {
			other := parent.X
			if other == child {
				other = parent.Y
			}
			places = append(places, exprPlaces(pass, m, other, "compared with")...)
		}
	case *ast.CaseClause:
		if i >= 3 {
			if sw, ok := stack[i-3].(*ast.SwitchStmt); ok && sw.Tag != nil {
				places = append(places, exprPlaces(pass, m, sw.Tag, "compared with")...)
			}
		}
	case *ast.CallExpr:
		places = append(places, argPlaces(pass, parent, child)...)
	case *ast.ReturnStmt:
		for j := i - 2; j >= 0; j-- {
			if fd, ok := stack[j].(*ast.FuncDecl); ok {
				places = append(places, place{name: fd.Name.Name, use: "returned by " + fd.Name.Name})
				break
			}
			if _, ok := stack[j].(*ast.FuncLit); ok {
				break
			}
		}
	}
	return places, nil
}

// exprPlaces returns the places an expression names: a variable, a field
// (p.NHSNumber), or the method whose result it is (p.GetNhsNumber()).
func exprPlaces(pass *analysis.Pass, m *model.Model, e ast.Expr, use string) []place {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		e = ast.Unparen(call.Fun)
	}
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	case *ast.IndexExpr:
		return exprPlaces(pass, m, x.X, use)
	default:
		return nil
	}
	p := place{name: id.Name, use: use + " " + id.Name}
	obj := pass.TypesInfo.ObjectOf(id)
	if v, ok := obj.(*types.Var); ok {
		if v.IsField() {
			if sel, ok := e.(*ast.SelectorExpr); ok {
				if s := pass.TypesInfo.Selections[sel]; s != nil {
					p = selectedField(m, s, use)
				}
			}
		}
		p.marked = p.marked || m.Mark(v).Source.Identifiable() || sourceType(m, v.Type())
	}
	return []place{p}
}

// selectedField returns the place of the field a selection reaches.
func selectedField(m *model.Model, s *types.Selection, use string) place {
	t := s.Recv()
	idx := s.Index()
	for k, fi := range idx {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		named, _ := types.Unalias(t).(*types.Named)
		st, ok := t.Underlying().(*types.Struct)
		if !ok || fi >= st.NumFields() {
			break
		}
		if k == len(idx)-1 {
			return structField(m, named, st, fi, use)
		}
		t = st.Field(fi).Type()
	}
	return place{name: s.Obj().Name(), use: use + " " + s.Obj().Name()}
}

// fieldPlace returns the place of a struct composite literal's field,
// named (key) or by position (index).
func fieldPlace(pass *analysis.Pass, m *model.Model, comp *ast.CompositeLit, key string, index int) (place, bool) {
	t := pass.TypesInfo.TypeOf(comp)
	if t == nil {
		return place{}, false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, _ := types.Unalias(t).(*types.Named)
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return place{}, false
	}
	if key != "" {
		index = -1
		for j := 0; j < st.NumFields(); j++ {
			if st.Field(j).Name() == key {
				index = j
			}
		}
	}
	if index < 0 || index >= st.NumFields() {
		return place{}, false
	}
	return structField(m, named, st, index, "in"), true
}

// structField returns the place of field i of st, declared by named (nil
// for an anonymous struct).
func structField(m *model.Model, named *types.Named, st *types.Struct, i int, use string) place {
	f := st.Field(i)
	owner := "struct"
	if named != nil {
		owner = named.Obj().Name()
	}
	return place{
		name:   f.Name(),
		tag:    st.Tag(i),
		marked: m.FieldClass(named, st, i).Identifiable() || sourceType(m, f.Type()),
		use:    use + " " + owner + "." + f.Name(),
	}
}

// typePlace returns the place a named type is: its name, and whether it
// is a source type.
func typePlace(m *model.Model, t types.Type, use string) place {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return place{}
	}
	return place{name: n.Obj().Name(), marked: sourceType(m, n), use: use + " " + n.Obj().Name()}
}

func sourceType(m *model.Model, t types.Type) bool {
	return m.TypeClass(t).Identifiable()
}

// argPlaces returns the places of a call's argument: the parameter it is
// passed as, and the function's own name (LookupByNHSNumber).
func argPlaces(pass *analysis.Pass, call *ast.CallExpr, arg ast.Node) []place {
	sig, _ := types.Unalias(pass.TypesInfo.TypeOf(call.Fun)).(*types.Signature)
	if sig == nil {
		return nil
	}
	var fn string
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		fn = f.Name
	case *ast.SelectorExpr:
		fn = f.Sel.Name
	}
	var out []place
	for j, a := range call.Args {
		if a != arg {
			continue
		}
		params := sig.Params()
		k := j
		if sig.Variadic() && k >= params.Len()-1 {
			k = params.Len() - 1
		}
		if k >= 0 && k < params.Len() && params.At(k).Name() != "" {
			name := params.At(k).Name()
			out = append(out, place{name: name, use: "passed as " + name + " to " + fn})
		}
		if len(call.Args) == 1 && fn != "" {
			// The argument is what the function's name is about only when
			// it is the only one.
			out = append(out, place{name: fn, use: "passed to " + fn})
		}
	}
	return out
}

// siblingStrings returns the string literals beside elem in comp: the
// values of its other elements.
func siblingStrings(comp *ast.CompositeLit, elem ast.Node) []string {
	var out []string
	for _, e := range comp.Elts {
		if e == elem {
			continue
		}
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if s, err := strconv.Unquote(lit.Value); err == nil {
				out = append(out, s)
			}
		}
	}
	return out
}

// reportLiterals finds the literals of f that look like real identifiers
// and reports those neither suppressed nor turned off (on is false).
func reportLiterals(pass *analysis.Pass, dir *phidirective.Result, m *model.Model, f *ast.File, on bool, res *Result) {
	for _, l := range literalsIn(pass, m, f) {
		l.Suppressed, l.Reported = res.report(pass, dir, on, l.Pos, codes.RealIdentifier, literalDocURL, func() string {
			return fmt.Sprintf("%s looks like a real %s (%s) and is used as one (%s): identifiers of real people do not belong in source code; use %s",
				strconv.Quote(l.Value), l.Kind, evidence(l.Kind), l.Use, synthetic(l.Kind))
		})
		res.Literals = append(res.Literals, l)
	}
}

var literalDocURL = codes.URL(codes.RealIdentifier)

// evidence says what makes a literal of kind look real.
func evidence(k idnumber.Kind) string {
	switch k {
	case idnumber.NHS, idnumber.HC:
		return "a valid check digit, in a range allocated to patients"
	case idnumber.CHI:
		return "a valid check digit after a date of birth"
	case idnumber.SSN:
		return "an area, group and serial the SSA issues"
	}
	return "the CMS format"
}

// synthetic says where to find an identifier of kind that is no one's.
func synthetic(k idnumber.Kind) string {
	switch k {
	case idnumber.NHS, idnumber.HC, idnumber.CHI:
		return "a test number from the 999 range (999 000 0000 to 999 999 9999)"
	case idnumber.SSN:
		return "a number the SSA never issues (area 900 to 999)"
	}
	return "CMS's published example 1EG4-TE5-MK73"
}
