package phidiscover

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/model"
)

// structOwner names a struct type expression: the type it declares, or,
// for an anonymous struct, the field or type that holds it.
type structOwner struct {
	obj *types.TypeName // the named type the struct declares; nil for an anonymous struct
	// path names the struct in messages: "Patient"; for an anonymous
	// struct the path that reaches it, as the configuration names its
	// fields ("ShiftResponse.Doctor"); "struct" when nothing names it.
	path string
	// name is judged for whose the struct is: the type's own name, or the
	// name of the field or type that holds an anonymous struct (a Doctor
	// field holds a doctor's details); "" when nothing names it.
	name string
}

// anonymousOwner names no struct: an anonymous struct in a variable or
// an expression.
var anonymousOwner = structOwner{path: "struct"}

// eachStruct calls visit for every struct type expression in f, with
// what names it.
func eachStruct(pass *analysis.Pass, f *ast.File, visit func(st *ast.StructType, owner structOwner)) {
	owners := map[*ast.StructType]structOwner{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSpec:
			name := n.Name.Name
			if st, ok := n.Type.(*ast.StructType); ok {
				tn, _ := pass.TypesInfo.Defs[n.Name].(*types.TypeName)
				owners[st] = structOwner{obj: tn, path: name, name: name}
				break
			}
			// type Doctors []struct{...}, or an instance of a generic
			// struct type given an anonymous struct as a type argument.
			if st := heldAnonymous(n.Type); st != nil {
				owners[st] = structOwner{path: name, name: name}
			}
			for _, arg := range typeArgs(n.Type) {
				if st := heldAnonymous(arg); st != nil {
					owners[st] = structOwner{path: name + typeArgField(pass, n.Type, st), name: name}
				}
			}
		case *ast.StructType:
			owner, ok := owners[n]
			if !ok {
				owner = anonymousOwner
			}
			for _, fld := range n.Fields.List {
				if st := heldAnonymous(fld.Type); st != nil && len(fld.Names) > 0 {
					name := fld.Names[0].Name
					owners[st] = structOwner{path: owner.path + "." + name, name: name}
				}
			}
			visit(n, owner)
		}
		return true
	})
}

// heldAnonymous returns the anonymous struct the type expression e is,
// or holds through pointers, slices, arrays and maps, or nil.
func heldAnonymous(e ast.Expr) *ast.StructType {
	for range maxElemDepth {
		switch x := e.(type) {
		case *ast.StructType:
			return x
		case *ast.ParenExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.ArrayType:
			e = x.Elt
		case *ast.MapType:
			e = x.Value
		default:
			return nil
		}
	}
	return nil
}

// typeArgs returns the type arguments of an instantiated generic type
// expression (Form[Files, Data]), or nil.
func typeArgs(e ast.Expr) []ast.Expr {
	switch x := e.(type) {
	case *ast.IndexExpr:
		return []ast.Expr{x.Index}
	case *ast.IndexListExpr:
		return x.Indices
	}
	return nil
}

// typeArgField returns ".Field" for the field of the instantiated struct
// type inst that holds st, a type argument of it, or "" when none does.
func typeArgField(pass *analysis.Pass, inst ast.Expr, st *ast.StructType) string {
	t, arg := pass.TypesInfo.TypeOf(inst), pass.TypesInfo.TypeOf(st)
	if t == nil || arg == nil {
		return ""
	}
	outer, ok := t.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := range outer.NumFields() {
		if held, ok := model.AnonymousStruct(outer.Field(i).Type()); ok && types.Identical(held, arg) {
			return "." + outer.Field(i).Name()
		}
	}
	return ""
}
