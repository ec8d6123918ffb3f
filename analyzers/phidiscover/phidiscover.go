// Package phidiscover defines an Analyzer that finds struct fields whose
// names look identifiable but that are not marked (PHI3001).
//
// # Analyzer phidiscover
//
// phidiscover: report struct fields whose names look identifiable but are not marked
//
// phivet follows only data it knows is identifiable. On a codebase where
// nothing is marked yet, phidiscover points at the fields to mark first: a
// field of a struct declared in the analysed package whose name, or whose
// json, db, yaml, xml, bson or protobuf tag name, looks like an identifier
// (NHS number, CHI number, H&C number, SSN, MRN, insurance or member id), a
// person's name, a date of birth, an address or postcode, a phone number
// or email, next of kin, a GP, or clinical and special-category
// information (diagnosis, condition, medication, allergy, notes,
// ethnicity, religion, sexual orientation, gender identity).
//
// Names are split into words (camelCase, snake_case, acronyms: NHSNumber
// is "nhs number") and compared with a fixed vocabulary, listed in full in
// docs/discovery.md. Specific words (DateOfBirth, NHSNumber, Postcode,
// Diagnosis) are flagged in any struct. Words that identify someone only
// when they describe a person (a bare Name, Address, Email, Phone, Sex,
// Notes) are flagged only when they are the whole name of a field of a
// struct whose own name says it describes a person or a health record
// (Patient, Person, Contact, Referral, Appointment…): so FileName,
// HostName, UserName and the email addresses of an X.509 certificate are
// not flagged.
//
// A field is marked, and not reported, when it has a phi struct tag, a
// //phi:source directive or a phivet.yaml source entry, or when its type is
// a source type or a record (a struct with marked fields), or a pointer,
// slice, array or map of one. Tag phi:"-" or a config entry with class "-"
// declares the field not identifiable and silences it. Embedded fields are
// not examined. //phi:ignore REASON on the field's line suppresses one
// finding.
//
// Findings are reported at the field's name. Findings in _test.go files
// are reported only with -tests; generated files get none.
package phidiscover

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/phidirective"
)

// Analyzer is the phidiscover analyzer.
var Analyzer = &analysis.Analyzer{
	Name:       "phidiscover",
	Doc:        doc,
	URL:        docURL,
	Run:        run,
	Requires:   []*analysis.Analyzer{phidirective.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
}

const docURL = "https://github.com/phivet/phivet/blob/main/docs/codes/PHI3001.md"

const doc = `report struct fields whose names look identifiable but are not marked

Reports PHI3001 for a field of a struct declared in the analysed package
whose name or tag name looks identifiable (NHS number, SSN, MRN, date of
birth, postcode, address, phone, email, diagnosis…; see docs/discovery.md)
and that is not marked by a phi tag, a //phi:source directive, a
phivet.yaml source entry or its type. phi:"-" silences a field.`

// TestsFlag is the name of the flag that reports findings in _test.go
// files too.
const TestsFlag = "tests"

func init() {
	Analyzer.Flags.Bool(TestsFlag, false, "also report findings in _test.go files")
}

// Unmarked is a field that looks identifiable and is not marked.
type Unmarked struct {
	Pos   token.Pos
	Name  string // "Referral.Postcode", as the data-flow map names fields
	What  string // what the name looks like: "postcode or ZIP code"
	Class string // the class to suggest: "indirect"
	// Suppressed holds the reason of a //phi:ignore on the field's line.
	Suppressed string
	// Reported is false for a field not reported because of -checks, a
	// test or generated file, or a //phi:ignore.
	Reported bool
}

// Result is what phidiscover found in a package.
type Result struct {
	Fields      []Unmarked
	Diagnostics []analysis.Diagnostic
}

// Reported returns the diagnostics phidiscover reported.
func (r *Result) Reported() []analysis.Diagnostic { return r.Diagnostics }

func run(pass *analysis.Pass) (any, error) {
	dir := pass.ResultOf[phidirective.Analyzer].(*phidirective.Result)
	res := &Result{}
	m := model.New(dir.Config, dir.AllMarks(), nil)
	tests := pass.Analyzer.Flags.Lookup(TestsFlag).Value.String() == "true"
	enabled := dir.Checks.Enabled(codes.UnmarkedField)
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		shown := enabled && !ast.IsGenerated(f) && (tests || !strings.HasSuffix(name, "_test.go"))
		for _, u := range unmarkedIn(pass, m, f) {
			if reason, ok := dir.Suppressed(pass.Fset, u.Pos); ok {
				u.Suppressed = reason
			} else if shown {
				u.Reported = true
				d := analysis.Diagnostic{
					Pos:      u.Pos,
					Category: string(codes.UnmarkedField),
					Message: codes.Tag(fmt.Sprintf("%s looks identifiable (%s) but is not marked: tag it phi:%q, or phi:\"-\" if it is not identifiable",
						u.Name, u.What, u.Class), codes.UnmarkedField),
					URL: docURL,
				}
				res.Diagnostics = append(res.Diagnostics, d)
				pass.Report(d)
			}
			res.Fields = append(res.Fields, u)
		}
	}
	return res, nil
}

// unmarkedIn lists the unmarked identifiable-looking fields of the
// structs declared in f, in source order.
func unmarkedIn(pass *analysis.Pass, m *model.Model, f *ast.File) []Unmarked {
	var out []Unmarked
	// owners maps a struct type expression to the named type it declares.
	owners := map[*ast.StructType]*types.TypeName{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSpec:
			if st, ok := n.Type.(*ast.StructType); ok {
				if tn, ok := pass.TypesInfo.Defs[n.Name].(*types.TypeName); ok {
					owners[st] = tn
				}
			}
		case *ast.StructType:
			out = append(out, structFields(pass, m, n, owners[n])...)
		}
		return true
	})
	return out
}

func structFields(pass *analysis.Pass, m *model.Model, st *ast.StructType, owner *types.TypeName) []Unmarked {
	tst, ok := pass.TypesInfo.TypeOf(st).(*types.Struct)
	if !ok || st.Fields == nil {
		return nil
	}
	var named *types.Named
	ownerName := "struct"
	person := false
	if owner != nil {
		named, _ = owner.Type().(*types.Named)
		ownerName = owner.Name()
		person = isPerson(words(owner.Name()))
	}
	var out []Unmarked
	i := 0
	for _, fld := range st.Fields.List {
		if len(fld.Names) == 0 {
			i++ // embedded: its own type's fields are examined where it is declared
			continue
		}
		for _, id := range fld.Names {
			idx := i
			i++
			if id.Name == "_" || idx >= tst.NumFields() {
				continue
			}
			if m.FieldClass(named, tst, idx) != "" || markedType(m, tst.Field(idx).Type()) {
				continue
			}
			t := lookIdentifiable(id.Name, tst.Tag(idx), person)
			if t == nil {
				continue
			}
			out = append(out, Unmarked{Pos: id.Pos(), Name: ownerName + "." + id.Name, What: t.What, Class: string(t.Class)})
		}
	}
	return out
}

// markedType reports whether a field of type t is marked by its type: a
// source type (or one declared not identifiable), a record, or a pointer,
// slice, array or map of one.
func markedType(m *model.Model, t types.Type) bool {
	for range 8 {
		if m.IsRecord(t) {
			return true
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && m.Mark(n.Origin().Obj()).Source != "" {
			return true
		}
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		default:
			return false
		}
	}
	return false
}

// tagKeys are the struct tags whose names say what a field holds.
var tagKeys = []string{"json", "db", "yaml", "xml", "bson", "protobuf"}

// lookIdentifiable returns the term a field's name or tag names match.
func lookIdentifiable(name, tag string, person bool) *term {
	if t := classify(words(name), person); t != nil {
		return t
	}
	for _, n := range tagNames(tag) {
		if t := classify(words(n), person); t != nil {
			return t
		}
	}
	return nil
}

// tagNames returns the names a struct tag gives a field: json:"nhs_number"
// gives nhs_number; protobuf:"bytes,1,opt,name=nhs_number,json=nhsNumber"
// gives both.
func tagNames(tag string) []string {
	var out []string
	st := reflect.StructTag(tag)
	for _, k := range tagKeys {
		v, ok := st.Lookup(k)
		if !ok {
			continue
		}
		if k == "protobuf" {
			for _, part := range strings.Split(v, ",") {
				if n, ok := strings.CutPrefix(part, "name="); ok {
					out = append(out, n)
				} else if n, ok := strings.CutPrefix(part, "json="); ok {
					out = append(out, n)
				}
			}
			continue
		}
		n, _, _ := strings.Cut(v, ",")
		if n != "" && n != "-" {
			out = append(out, n)
		}
	}
	return out
}
