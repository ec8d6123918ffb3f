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
	"github.com/phivet/phivet/analyzers/internal/analyzerdoc"
	"github.com/phivet/phivet/analyzers/internal/shown"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Analyzer is the phidiscover analyzer; init gives it its Doc and URL.
var Analyzer = &analysis.Analyzer{
	Name:       "phidiscover",
	Requires:   []*analysis.Analyzer{phidirective.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// TestsFlag is the name of the flag that reports findings in _test.go
// files too.
const TestsFlag = shown.TestsFlag

func init() { shown.AddTestsFlag(analyzerdoc.Describe(Analyzer, docFile, docURL)) }

// Unmarked is a field that looks identifiable and is not marked.
type Unmarked struct {
	Pos   token.Pos
	Name  string      // "Referral.Postcode", as the data-flow map names fields
	What  string      // what the name looks like: "postcode or ZIP code"
	Class vocab.Class // the class to suggest: indirect
	// Suppressed holds the reason of a //phi:ignore on the field's line.
	Suppressed string
	// Reported is false for a field not reported because of -checks, a
	// test or generated file, or a //phi:ignore.
	Reported bool
}

// Result is what phidiscover found in a package.
type Result struct {
	Fields []Unmarked
	// Literals are the literals that look like real identifiers (PHI3002).
	Literals    []Literal
	Diagnostics []analysis.Diagnostic
}

// Reported returns the diagnostics phidiscover reported.
func (r *Result) Reported() []analysis.Diagnostic { return r.Diagnostics }

func run(pass *analysis.Pass) (any, error) {
	dir := pass.ResultOf[phidirective.Analyzer].(*phidirective.Result)
	res := &Result{}
	m := model.New(dir.Config, dir.AllMarks(), nil)
	enabled := dir.Codes.Enabled(codes.UnmarkedField)
	modPath := ""
	if pass.Module != nil {
		modPath = pass.Module.Path
	}
	// Findings about names: a generator takes them from its input even
	// when it writes no standard header, and test support packages hold
	// synthetic records like _test.go files.
	rule := shown.New(pass, shown.AlsoGenerated(generatedFile), shown.TestPackage(testSupport(pass.Pkg.Path(), modPath)))
	literalsOn := dir.Codes.Enabled(codes.RealIdentifier)
	covered := coveredComponents(pass, m)
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		if !rule.Test(name) && !rule.Generated(name) {
			reportLiterals(pass, dir, m, f, literalsOn, res)
		}
		shown := enabled && rule.FileShown(name)
		for _, u := range unmarkedIn(pass, m, f, covered) {
			u.Suppressed, u.Reported = res.report(pass, dir, shown, u.Pos, codes.UnmarkedField, docURL, func() string {
				return fmt.Sprintf("%s looks identifiable (%s) but is not marked: tag it phi:%q, or phi:\"-\" if it is not identifiable",
					u.Name, u.What, u.Class)
			})
			res.Fields = append(res.Fields, u)
		}
	}
	return res, nil
}

// unmarkedIn lists the unmarked identifiable-looking fields of the
// structs declared in f, in source order; the fields of a covered
// component type are covered by the marks that hold it.
func unmarkedIn(pass *analysis.Pass, m *model.Model, f *ast.File, covered map[*types.TypeName]bool) []Unmarked {
	var out []Unmarked
	eachStruct(pass, f, func(st *ast.StructType, owner structOwner) {
		if owner.obj == nil || !covered[owner.obj] {
			out = append(out, structFields(pass, m, st, owner)...)
		}
	})
	return out
}

func structFields(pass *analysis.Pass, m *model.Model, st *ast.StructType, owner structOwner) []Unmarked {
	tst, ok := pass.TypesInfo.TypeOf(st).(*types.Struct)
	if !ok || st.Fields == nil {
		return nil
	}
	var named *types.Named
	if owner.obj != nil {
		named, _ = owner.obj.Type().(*types.Named)
		if m.Mark(owner.obj).Source != vocab.ClassUnset {
			return nil // a source type: its mark covers every field
		}
	}
	kind := ownerOf(words(owner.name))
	if kind == ownerOther && ownerOf(words(pass.Pkg.Name())) == ownerStaff {
		// A name that says nothing of whose it is, in a package named
		// for staff (staff.UpdateProfileRequest): the staff's.
		kind = ownerStaff
	}
	var cands []candidate
	own := ownPackages(pass)
	holdsPerson := kind == ownerPerson || kind == ownerRecord
	// One clinical item of a patient's: its clinical fields are the
	// patient's, its name the item's (see ownerItem).
	holdsPatient := kind == ownerItem
	// Knowledge terms count only in a struct about someone (see
	// term.Knowledge): linked to a person or dated as an event of
	// theirs, or with other clinical data.
	linked, otherClinical := false, false
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
			ft := tst.Field(idx).Type()
			linked = linked || linksPerson(id.Name) || eventTime(id.Name, ft)
			if class := m.FieldClass(named, tst, idx); class != vocab.ClassUnset || markedType(m, ft) {
				// A marked field says the struct holds a person's data
				// (contract, PHI3001: "one with marked fields"), a clinical
				// mark too: health information is about someone.
				holdsPerson = holdsPerson || class.Identifiable() || m.TypeClass(ft) != vocab.ClassUnset
				continue
			}
			c := candidate{id: id, tag: tst.Tag(idx), typ: ft, association: association(tst, idx, owner.name), noValue: !holdsValue(ft, own)}
			var ws []string
			c.anywhere, ws = c.judge(false, kind)
			otherClinical = otherClinical || c.anywhere != nil && c.anywhere.Class == vocab.ClassClinical && !c.anywhere.Knowledge
			// A field identifiable by name alone (a date of birth, an NHS
			// number) says the struct holds a person's data; clinical words
			// do not say whose, person-words do not make each other count
			// (a GivenName beside an Email), and a name qualified by
			// someone (PatientIdentifiers in a clinician's UserDetails) is
			// that someone's, not the struct's subject's.
			holdsPerson = holdsPerson || c.anywhere != nil && c.anywhere.Class != vocab.ClassClinical && !c.anywhere.PersonWord && !qualified(ws)
			// A field that names a patient's data (PatientName,
			// PatientNHSNumber) says the struct holds a patient's data:
			// the clinical details beside it are that patient's (a
			// surgery's notes beside the patient's name), though its bare
			// Name and Email may be the struct's own subject's.
			holdsPatient = holdsPatient || c.anywhere != nil && patientQualified(ws)
			cands = append(cands, c)
		}
	}
	holdsPerson = holdsPerson && kind != ownerStaff && kind != ownerProduct
	holdsPatient = holdsPatient && kind != ownerStaff && kind != ownerProduct
	var out []Unmarked
	for _, c := range cands {
		t := c.anywhere
		if t == nil && (holdsPerson || holdsPatient) {
			t, _ = c.judge(true, kind)
			if !holdsPerson && t != nil && t.Class != vocab.ClassClinical {
				t = nil
			}
		}
		if t == nil || t.Knowledge && !(holdsPerson || holdsPatient || linked || otherClinical) {
			continue
		}
		out = append(out, Unmarked{Pos: c.id.Pos(), Name: owner.path + "." + c.id.Name, What: t.What, Class: t.Class})
	}
	return out
}

// A candidate is an unmarked field whose name is yet to be judged.
type candidate struct {
	id       *ast.Ident
	tag      string
	typ      types.Type
	anywhere *term // what its name alone looks like, in any struct
	// association: it holds another entity linked by a key (an ORM
	// association), named for the entity, not for data.
	association bool
	// noValue: its type cannot hold a value (a func, a handle to a
	// database); see holdsValue.
	noValue bool
}

// judge returns what the field looks like in a struct of the given kind
// (person says whether person patterns count there), or nil, and the
// words of the name that matched. A field that holds a part of the
// program (a service, a handler func, a database handle), or a number
// the data is never kept as (a float64 weight named Name), is not the
// data it names. Outside a struct named for a person, a flag (a bool), a
// key or a link (a field of a key type, or a name ending in a key word),
// the name of a store of the data (a text field ending in a store word)
// or a count (a number named for the data in the plural) is not the data
// it names; in a struct named for staff or an organisation, or in a
// field whose name says it is staff's, demographic terms are theirs. In
// any struct, a clinical name ending in who did it (PrescribedBy) is
// staff, and a count of clinical data in some state (TotalPrescriptions
// int) is a count.
func (c candidate) judge(person bool, kind ownerKind) (*term, []string) {
	t, ws := lookIdentifiable(c.id.Name, c.tag, person)
	if t == nil && person && kind == ownerPerson && !isFlag(c.typ) {
		// A qualified address, phone number or email address of a
		// person is theirs (IsolationAddress, AlternatePhone); a flag of
		// it is not it (HasWorkAddress).
		t, ws = lookQualified(c.id.Name, c.tag)
	}
	switch {
	case t == nil:
		return nil, nil
	case !t.numberHolds(c.typ) || c.noValue || isComponent(c.typ) || c.association:
		return nil, nil
	case t.Demographic && (kind == ownerStaff || staffQualified(c.id.Name)):
		return nil, nil
	case kind == ownerProduct && (t.Demographic || t.Class == vocab.ClassClinical):
		return nil, nil
	case namesActor(ws, t) || t.Class == vocab.ClassClinical && aggregated(ws) && c.isCount(t, person):
		return nil, nil
	case kind == ownerPerson:
		return t, ws
	case isFlag(c.typ) || isKeyType(c.typ) || isKeyName(ws, t) || isStoreName(ws, t, c.typ) || c.isCount(t, person):
		return nil, nil
	}
	return t, ws
}

// numberHolds reports whether a field of type typ can hold t's data: a
// field that is not a number can; a number only if t allows it.
func (t *term) numberHolds(typ types.Type) bool {
	b := numberType(typ)
	switch {
	case b == nil:
		return true
	case t.Number == noNumber:
		return false
	case t.Number == wholeNumber:
		return b.Info()&types.IsInteger != 0
	}
	return true
}

// isCount reports whether the field is a number named for t's data in
// the plural (AllergiesPerPatient int, NumDiagnoses): a count of
// diagnoses is not a diagnosis. The plural must be among the words that
// match t: PregnancyWeeks is the pregnancy's length, not a count.
func (c candidate) isCount(t *term, person bool) bool {
	if numberType(c.typ) == nil {
		return false
	}
	for _, n := range append([]string{c.id.Name}, tagNames(c.tag)...) {
		if classify(words(n), person) == t {
			return classify(spelled(n), person) != t
		}
	}
	return false
}

// numberType returns the numeric basic type of a field of type t, or of
// a pointer to one, or nil: a slice of bytes is text, not numbers.
func numberType(t types.Type) *types.Basic {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsNumeric != 0 {
		return b
	}
	return nil
}

// isFlag reports whether t is a boolean: flags and settings are not
// identifiers by name alone (HasPrescription, AllergyAlertsEnabled).
func isFlag(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// isKeyType reports whether t is a named type whose name ends in a key
// word (Reference, UUID, ObjectID), or a pointer, slice, array or map of
// one.
func isKeyType(t types.Type) bool {
	for range maxElemDepth {
		if n, ok := types.Unalias(t).(*types.Named); ok {
			ws := words(n.Obj().Name())
			return len(ws) > 0 && contains(keyTypeWords, ws[len(ws)-1])
		}
		e := model.Elem(t)
		if e == nil {
			return false
		}
		t = e
	}
	return false
}

// maxElemDepth bounds the pointers, slices, arrays and maps looked
// through to reach a named type: deeper nesting does not occur in data
// models, and a bound keeps a pathological type from costing time.
const maxElemDepth = 8

// markedType reports whether a field of type t is marked by its type: a
// source type (or one declared not identifiable), a record, or a pointer,
// slice, array or map of one.
func markedType(m *model.Model, t types.Type) bool {
	for range maxElemDepth {
		if m.IsRecord(t) {
			return true
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && m.Mark(n.Origin().Obj()).Source != vocab.ClassUnset {
			return true
		}
		if t = model.LiteralElem(t); t == nil {
			return false
		}
	}
	return false
}

// tagKeys are the struct tags whose names say what a field holds.
var tagKeys = []string{"json", "db", "yaml", "xml", "bson", "protobuf"}

// lookIdentifiable returns the term a field's name or tag names match,
// and the words of the name that matched.
func lookIdentifiable(name, tag string, person bool) (*term, []string) {
	ws := words(name)
	if t := classify(ws, person); t != nil {
		return t, ws
	}
	for _, n := range tagNames(tag) {
		ws := words(n)
		if t := classify(ws, person); t != nil {
			return t, ws
		}
	}
	return nil, nil
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
