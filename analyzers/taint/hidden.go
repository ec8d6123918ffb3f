package taint

import (
	"go/types"
	"strings"

	"github.com/phivet/phivet/analyzers/catalog"
	"golang.org/x/tools/go/ssa"
)

// printedArg is what printer p shows of argument v at path below it,
// rendered: a value, boxed here (an argument of type any) or by the
// callee (a generic helper's type parameter), shows none of what is
// stored under the fields p leaves out (json:"-", unexported), as
// encoding/json does, whether or not the value's type is a record.
func (f *family) printedArg(v ssa.Value, path string, p catalog.Printer) Set {
	data := f.printedArgAll(v, path, p)
	if path != "" || len(data) == 0 {
		return data
	}
	if vals, ok := varargValues(v); ok {
		return f.withoutValuesCleared(vals, data)
	}
	return f.withoutValuesCleared([]ssa.Value{v}, data)
}

// printedArgAll is printedArg but for the fields cleared where v is
// printed (cleared.go).
func (f *family) printedArgAll(v ssa.Value, path string, p catalog.Printer) Set {
	if path == "" {
		if data, ok := f.besideContext(v, p); ok {
			return f.e.render(data, p)
		}
		if vals, ok := varargValues(v); ok && f.anyBesideContext(vals) {
			var data Set
			for _, x := range vals {
				if x != nil {
					data, _ = data.Union(f.printedArg(x, "", p))
				}
			}
			return data
		}
	}
	if path == "" && p.HidesFields() {
		if x, ok := v.(*ssa.MakeInterface); ok {
			v = x.X
		}
		if t := v.Type(); !types.IsInterface(t) {
			return f.e.render(f.shownBoxed(v, func(below string) bool { return f.e.hiddenPath(t, p, below) }).Data, p)
		}
	}
	data := f.argAt(v, path).Data
	if path != "" && p.HidesFields() {
		if t := typeAtPath(v.Type(), path); t != nil && !types.IsInterface(t) {
			data = f.withoutHidden(v, path, data, func(below string) bool { return f.e.hiddenPath(t, p, below) })
		}
	}
	return f.e.render(data, p)
}

// withoutHidden takes out of data, what v holds at path, the labels
// stored only in parts below path that hidden says the printer leaves
// out: a callee's json.Marshal(c.ev) shows the caller's c.ev but for its
// json:"-" fields.
func (f *family) withoutHidden(v ssa.Value, path string, data Set, hidden func(below string) bool) Set {
	// Most printed parts hide nothing stored below them: look first,
	// without building anything.
	parts := func(visit func(hiddenPart bool, m Taint)) {
		for _, l := range f.locs(v) {
			at := l.path + path
			for sp, m := range f.storedAround(l.root, at) {
				visit(hasPathPrefix(sp, at) && hidden(sp[len(at):]), m)
			}
		}
	}
	hides := false
	parts(func(h bool, _ Taint) { hides = hides || h })
	if !hides {
		return data
	}
	hiddenOnly, seen := map[labelKey]bool{}, map[labelKey]bool{}
	parts(func(h bool, m Taint) {
		into := seen
		if h {
			into = hiddenOnly
		}
		for _, l := range m.Data {
			into[l.key()] = true
		}
	})
	return data.filter(func(l Label) bool { k := l.key(); return !hiddenOnly[k] || seen[k] })
}

type hideKey struct {
	t    types.Type
	p    catalog.Printer
	path string
}

// hiddenPath reports whether printer p leaves out the part at path of a
// value of type t, cached by type, printer and path.
func (e *Engine) hiddenPath(t types.Type, p catalog.Printer, path string) bool {
	k := hideKey{t, p, path}
	if h, ok := e.hidden[k]; ok {
		return h
	}
	h := hidesPath(t, p, path)
	e.hidden[k] = h
	return h
}

// maxDerefs bounds the pointers followed without a step of the path
// between them: a type may point to itself (type T *T).
const maxDerefs = 4

// hidesPath walks path (".Extra", "[].Inner.Name", "[][=id]") down t: a
// field p hides on the way hides what lies below it. A path it cannot
// follow (through an interface, a field it does not find), or that meets
// a type rendering itself for p (a MarshalJSON may show any field of its
// receiver), hides nothing.
func hidesPath(t types.Type, p catalog.Printer, path string) bool {
	derefs := 0
	for path != "" {
		if rendersItself(t, p) {
			return false
		}
		if ptr, ok := t.Underlying().(*types.Pointer); ok {
			if derefs++; derefs > maxDerefs {
				return false
			}
			t = ptr.Elem()
			continue
		}
		derefs = 0
		if path[0] == '[' {
			end := strings.IndexByte(path, ']')
			if end < 0 {
				return false
			}
			seg := path[:end+1]
			path = path[end+1:]
			if strings.HasPrefix(seg, "[=") {
				continue // a map value's key: the value's type, as at elemPath
			}
			switch u := t.Underlying().(type) {
			case *types.Slice:
				t = u.Elem()
			case *types.Array:
				t = u.Elem()
			case *types.Chan:
				t = u.Elem()
			case *types.Map:
				if seg == keyPath {
					t = u.Key()
				} else {
					t = u.Elem()
				}
			default:
				return false
			}
			continue
		}
		if path[0] != '.' {
			return false
		}
		name := path[1:]
		if i := strings.IndexAny(name, ".["); i >= 0 {
			name, path = name[:i], name[i:]
		} else {
			path = ""
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		found := false
		for i := 0; i < st.NumFields(); i++ {
			fld := st.Field(i)
			if fld.Name() != name {
				continue
			}
			if p.ExportedOnly() && !fld.Exported() && !fld.Embedded() || p.Hides(st.Tag(i)) {
				return true
			}
			t, found = fld.Type(), true
			break
		}
		if !found {
			return false
		}
	}
	return false
}

// rendersItself reports whether p renders values of t through a method
// of t's (or, for a printer calling them, *t's).
func rendersItself(t types.Type, p catalog.Printer) bool {
	for _, m := range p.Methods() {
		fn := method(t, nil, m.Name)
		if fn == nil && p.PointerMethods() {
			if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(t) {
				fn = method(types.NewPointer(t), nil, m.Name)
			}
		}
		if fn != nil && rendersLike(fn, m) {
			return true
		}
	}
	return false
}
