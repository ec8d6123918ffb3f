package phidiscover

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
)

// holdsValue reports whether a field of type t can hold a person's data,
// whatever its name says: a value of a basic type (text, a number, a
// flag), of a type parameter, of an interface that is not a part of the
// program (any, a sealed union of data variants), a struct that holds
// such a value where a program can put one, or a pointer, slice, array
// or map of one. A func, a chan, an interface with methods, or a struct
// of only such things cannot (PrescriptionResolver *PrescriptionResolver
// holding a service), and neither can a handle whose state a library
// keeps to itself (PrescriptionsDB *sql.DB, a *mongo.Collection, a
// *zap.Logger), nor a type the catalog names a part of the program,
// whatever its exported fields hold (updateDiagnosis *sqlx.NamedStmt
// keeps its query's text): the field holds a part of the program, not
// the data.
// own reports whether a package's unexported fields are the program's to
// fill (see ownPackages).
func holdsValue(t types.Type, own func(*types.Package) bool) bool {
	return valueType(t, own, maxValueDepth)
}

// programPart reports whether t is a named type the catalog says is a
// part of the program (see catalog.ProgramPart).
func programPart(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	o := n.Origin().Obj()
	return catalog.Standard.IsProgramPart(o.Pkg().Path(), o.Name())
}

// maxValueDepth bounds how deep nested structs are followed to find a
// value: records nest a few levels (a patient's name's given names), and
// past the bound a struct is taken to hold one, as the safe answer.
const maxValueDepth = 4

func valueType(t types.Type, own func(*types.Package) bool, depth int) bool {
	for range maxElemDepth {
		if _, ok := types.Unalias(t).(*types.TypeParam); ok {
			return true // its type argument may be any data
		}
		if programPart(t) {
			return false
		}
		switch u := t.Underlying().(type) {
		case *types.Basic:
			return u.Kind() != types.UnsafePointer
		case *types.Signature, *types.Chan:
			return false
		case *types.Interface:
			return u.NumMethods() == 0 || isSealed(u)
		case *types.Struct:
			n, _ := types.Unalias(t).(*types.Named)
			return depth == 0 || structHoldsValue(u, n, own, depth-1)
		}
		if t = model.Elem(t); t == nil {
			return true
		}
	}
	return true
}

// structHoldsValue reports whether a struct (named n, or nil for a
// literal) holds a value: one of its fields does, or it shows itself as
// text. A struct of another module is filled through its exported
// fields; the rest is the library's own state (a connection pool's
// counters, a logger's level), unless the type renders itself, as
// time.Time and a decimal do: then its unexported fields are the value
// it shows.
func structHoldsValue(st *types.Struct, n *types.Named, own func(*types.Package) bool, depth int) bool {
	if n != nil && rendersItself(n) {
		return true
	}
	foreign := n != nil && !own(n.Obj().Pkg())
	for i := range st.NumFields() {
		f := st.Field(i)
		if foreign && !f.Exported() {
			continue
		}
		if valueType(f.Type(), own, depth) {
			return true
		}
	}
	return false
}

// renderMethods are the methods by which a value shows what it holds as
// text: fmt's, encoding's and encoding/json's.
var renderMethods = []string{"String", "MarshalText", "MarshalJSON"}

// rendersItself reports whether n or a pointer to it has one of
// renderMethods.
func rendersItself(n *types.Named) bool {
	ms := types.NewMethodSet(types.NewPointer(n))
	for _, name := range renderMethods {
		if ms.Lookup(nil, name) != nil {
			return true
		}
	}
	return false
}

// ownPackages returns whether a package is the analysed package or of
// its module: there unexported fields are filled by the program itself.
// Without a module (GOPATH, analysistest) only the package is its own.
func ownPackages(pass *analysis.Pass) func(*types.Package) bool {
	mod := ""
	if pass.Module != nil {
		mod = pass.Module.Path
	}
	return func(p *types.Package) bool {
		switch {
		case p == nil || p == pass.Pkg:
			return true
		case mod == "":
			return false
		}
		return p.Path() == mod || strings.HasPrefix(p.Path(), mod+"/")
	}
}
