package catalog

import (
	"fmt"
	"go/types"
	"reflect"
	"slices"
	"strings"
)

// ORM is an object-relational mapper's query API. A model's association
// (a field holding another model) holds data only where the query loads
// it or the code assigns it (contract §3): a query fills the
// destination's columns, and an association only when the query names it
// (GORM's Preload and Joins). The mapper's own code is still analysed as
// any dependency's: the ORM says only which calls load a destination and
// which name the associations they load, so that a destination whose
// loaded part holds nothing identifiable stays what the code put there.
type ORM struct {
	Library string // what it is, for the documentation
	// Loads are the calls that fill a destination from the query they
	// are called on (the receiver, argument 0).
	Loads []QueryArg
	// Names are the calls that return their receiver's query loading the
	// association named by a constant argument as well ("Visits.Patient":
	// a path through associations). A call giving other arguments (a
	// condition, a function run on the association's query) loads what
	// phivet cannot tell.
	Names []QueryArg
	// Chains are the calls that return their receiver's query with the
	// same associations loaded (a condition, an order, a context).
	Chains []string
	// Starts are the calls that return a new query, which loads no
	// association.
	Starts []string
	// AllAssociations is the association name that stands for every
	// association of a model at its place in a path.
	AllAssociations string
	// Columns says which fields of a model are columns rather than
	// associations.
	Columns ColumnRule
}

// QueryArg is a call and the index of the argument it uses (receiver = 0).
type QueryArg struct {
	Func string
	Arg  int
}

// ColumnRule says which fields of a model the mapper stores as columns:
// every field that is embedded, has one of Settings in its struct tag
// under TagKey, or whose type (or its element, or a pointer to either)
// has one of Methods. Every other field whose type is a struct, or a
// slice or array of them (pointers allowed), is an association.
type ColumnRule struct {
	TagKey   string
	Settings []string // tag setting keys, upper case
	Methods  []string
}

// QueryRole is what a call does to an ORM query.
type QueryRole uint8

const (
	QueryLoad  QueryRole = iota + 1 // fills argument Arg from its receiver's query
	QueryNames                      // returns its receiver's query, loading association Arg too
	QueryChain                      // returns its receiver's query as it is
	QueryStart                      // returns a new query loading no association
)

// QueryCall is what the catalog says of a call of an ORM's query API.
type QueryCall struct {
	Role QueryRole
	Arg  int
	ORM  *ORM
}

// IsAssociation reports whether field i of st is an association of a
// model under the mapper's rule.
func (o *ORM) IsAssociation(st *types.Struct, i int) bool {
	r := o.Columns
	if st.Field(i).Embedded() {
		return false
	}
	for _, s := range strings.Split(reflect.StructTag(st.Tag(i)).Get(r.TagKey), ";") {
		key, _, _ := strings.Cut(s, ":")
		if slices.Contains(r.Settings, strings.ToUpper(strings.TrimSpace(key))) {
			return false
		}
	}
	t := st.Field(i).Type()
	for range 2 { // the field's type, then a collection's element
		t = derefAll(t)
		if r.hasColumnMethod(t) {
			return false
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			return true
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		default:
			return false
		}
	}
	return false
}

// hasColumnMethod reports whether t or *t has one of the rule's methods.
func (r ColumnRule) hasColumnMethod(t types.Type) bool {
	for _, m := range r.Methods {
		for _, recv := range []types.Type{t, types.NewPointer(t)} {
			if obj, _, _ := types.LookupFieldOrMethod(recv, false, nil, m); obj != nil {
				if _, ok := obj.(*types.Func); ok {
					return true
				}
			}
		}
	}
	return false
}

// derefAll strips pointers; a pointer cycle (type P *P) ends at itself.
func derefAll(t types.Type) types.Type {
	for range 8 {
		p, ok := t.Underlying().(*types.Pointer)
		if !ok {
			return t
		}
		t = p.Elem()
	}
	return t
}

// addQueryCalls indexes the ORM's calls by full name into out.
func (o *ORM) addQueryCalls(out map[string]*QueryCall) {
	for _, l := range o.Loads {
		out[l.Func] = &QueryCall{Role: QueryLoad, Arg: l.Arg, ORM: o}
	}
	for _, n := range o.Names {
		out[n.Func] = &QueryCall{Role: QueryNames, Arg: n.Arg, ORM: o}
	}
	for _, c := range o.Chains {
		out[c] = &QueryCall{Role: QueryChain, ORM: o}
	}
	for _, s := range o.Starts {
		out[s] = &QueryCall{Role: QueryStart, ORM: o}
	}
}

// ormMarkdown is the section of docs/catalog.md on the ORMs' queries.
func ormMarkdown() string {
	var b strings.Builder
	b.WriteString(ormIntro)
	for _, t := range tables {
		o := t.ORM
		if o == nil {
			continue
		}
		fmt.Fprintf(&b, "\n### %s (`%s`)\n\n", o.Library, t.Package)
		b.WriteString("| function | role | argument |\n| --- | --- | --- |\n")
		for _, l := range o.Loads {
			fmt.Fprintf(&b, "| `%s` | loads its receiver's query into | %d |\n", l.Func, l.Arg)
		}
		for _, n := range o.Names {
			fmt.Fprintf(&b, "| `%s` | loads the association named by | %d |\n", n.Func, n.Arg)
		}
		for _, c := range o.Chains {
			fmt.Fprintf(&b, "| `%s` | keeps its receiver's associations | |\n", c)
		}
		for _, s := range o.Starts {
			fmt.Fprintf(&b, "| `%s` | starts a query loading no association | |\n", s)
		}
		r := o.Columns
		b.WriteString("\n" + wrap(fmt.Sprintf("The name `%s` stands for every association at its place in a path. "+
			"A field is a column, not an association, when it is embedded, its `%s` tag has one of %s, "+
			"or its type (or element, or a pointer to either) has a method %s; any other field of a "+
			"struct type, or a slice or array of them, is an association.",
			o.AllAssociations, r.TagKey, codeList(r.Settings), codeList(r.Methods)), 90))
	}
	return b.String()
}

// codeList spells names as code, separated by commas.
func codeList(names []string) string {
	return "`" + strings.Join(names, "`, `") + "`"
}

const ormIntro = `
## ORM queries

A model's association (a field holding another model) holds data only where the query
loads it or the code assigns it. A call that loads a query into a destination the code
declared (a ` + "`var d Device`" + `, a ` + "`&Device{}`" + `) writes its columns and the associations the query
names; when none of them can hold identifiable data (a marked field, a record, a loaded
association that holds one), the destination stays what the code put there, and a model
whose only identifiable part is an association nobody loaded is sent clean. The query is
followed back through the calls that built it in the same function; a query from
anywhere else (a parameter, a field, another function's result) may load anything.
`
