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
	// Results are the calls that return, as their first result, the
	// models their receiver's query loads (a fresh value, not a
	// destination the code declared).
	Results []string
	// Models are the calls that give their receiver's query the
	// destination (argument Arg) that a later call of Runs fills (bun's
	// Model): the associations loaded are those named on the query
	// before and after it, up to that call.
	Models []QueryArg
	// Runs are the calls that run a query, filling the destination a
	// call of Models gave it.
	Runs []string
	// Callbacks are the calls that run their function argument Arg with
	// their receiver's query as its first parameter (GORM's Transaction:
	// the transaction's handle is a session of the query it was called
	// on, loading what that query loads).
	Callbacks []QueryArg
	// Scopes are the calls that return their receiver's query after
	// running on it each function of their variadic argument Arg (GORM's
	// Scopes: a tenant's WHERE, a page's LIMIT, or a Preload): the query
	// loads what those functions' queries name.
	Scopes []QueryArg
	// InPlace says the query calls change the query they are called on
	// and return it: every call made on any of its values counts, not
	// only those the load's query was built by.
	InPlace bool
	// Generated, when set, recognises the query API of the code the
	// mapper generates for each schema, whose names differ from one
	// project to another (ent).
	Generated *GeneratedQueries
	// AllAssociations is the association name that stands for every
	// association of a model at its place in a path.
	AllAssociations string
	// Columns says which fields of a model are columns rather than
	// associations.
	Columns ColumnRule
	// Tagged, when set, says which fields are associations instead of
	// Columns: those whose tag has one of its settings.
	Tagged *AssociationTag
	// Edges, when set, is the name of the field of a model that holds its
	// associations, one a field, instead of Columns: every other field of
	// the model is a column.
	Edges string
}

// AssociationTag says which fields of a model are associations by their
// struct tag: those whose tag under TagKey, split at Separator, has an
// option whose key (before a colon) is one of Settings. Every other
// field is a column, whatever its type.
type AssociationTag struct {
	TagKey    string
	Separator string
	Settings  []string
}

// GeneratedQueries recognises a generated query API by its shape. A
// builder is a named struct type with a field pointing to the mapper's
// Context type. On a builder, a method whose name is NamePrefix followed
// by an association's name, whose only parameter is a variadic list of
// functions of another builder and which returns its own builder, loads
// that association (WithPets(opts ...func(*PetQuery)) *UserQuery);
// Chains return their builder loading the same associations; Results
// return the models its query loads, Runs run it without loading
// models or changing it. A method declared in a builder's
// package, whose name starts with StartPrefix, that returns a builder
// starts a new query loading no association (client.User.Query(),
// u.QueryPets()); one named in Fetches returns the models a new query
// loading no association loads (client.User.Get(ctx, id)).
type GeneratedQueries struct {
	Context     string // the type's full name
	NamePrefix  string
	Chains      []string
	Results     []string
	Runs        []string
	StartPrefix string
	Fetches     []string
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
	QueryLoad     QueryRole = iota + 1 // fills argument Arg from its receiver's query
	QueryNames                         // returns its receiver's query, loading association Arg (or Name) too
	QueryChain                         // returns its receiver's query as it is
	QueryStart                         // returns a new query loading no association
	QueryResult                        // returns, as result 0, the models its receiver's query loads
	QueryFetch                         // returns, as result 0, the models a new query loading no association loads
	QueryModel                         // gives its receiver's query the destination argument Arg, filled by a later run
	QueryRun                           // runs its receiver's query, filling the destination it was given
	QueryCallback                      // calls its function argument Arg with its receiver's query
	QueryScopes                        // returns its receiver's query after running its functions (argument Arg) on it
)

// QueryCall is what the catalog says of a call of an ORM's query API.
type QueryCall struct {
	Role QueryRole
	Arg  int
	// Name is the association a QueryNames call loads when the function
	// names it rather than an argument (ent's WithPets); every argument
	// but the receiver is then a way to load more.
	Name string
	ORM  *ORM
}

// IsAssociation reports whether field i of st is an association of a
// model under the mapper's rule.
func (o *ORM) IsAssociation(st *types.Struct, i int) bool {
	r := o.Columns
	if st.Field(i).Embedded() || o.Edges != "" {
		return false
	}
	if o.Tagged != nil {
		return o.Tagged.has(st.Tag(i))
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

// IsEdges reports whether field i of st holds a model's associations,
// one a field (see ORM.Edges).
func (o *ORM) IsEdges(st *types.Struct, i int) bool {
	f := st.Field(i)
	return o.Edges != "" && !f.Embedded() && f.Name() == o.Edges
}

// has reports whether the struct tag has one of the rule's settings.
func (a *AssociationTag) has(tag string) bool {
	for _, opt := range strings.Split(reflect.StructTag(tag).Get(a.TagKey), a.Separator) {
		key, _, _ := strings.Cut(opt, ":")
		if slices.Contains(a.Settings, strings.TrimSpace(key)) {
			return true
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

// addQueryCalls indexes the ORM's calls by full name into out, and the
// types of their receivers into types.
func (o *ORM) addQueryCalls(out map[string]*QueryCall, types map[typeName]*ORM) {
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
	for _, r := range o.Results {
		out[r] = &QueryCall{Role: QueryResult, ORM: o}
	}
	for _, m := range o.Models {
		out[m.Func] = &QueryCall{Role: QueryModel, Arg: m.Arg, ORM: o}
	}
	for _, r := range o.Runs {
		out[r] = &QueryCall{Role: QueryRun, ORM: o}
	}
	for _, c := range o.Callbacks {
		out[c.Func] = &QueryCall{Role: QueryCallback, Arg: c.Arg, ORM: o}
	}
	for _, c := range o.Scopes {
		out[c.Func] = &QueryCall{Role: QueryScopes, Arg: c.Arg, ORM: o}
	}
	for name, q := range out {
		if q.ORM != o || !strings.HasPrefix(name, "(") {
			continue // another ORM's, or a function's
		}
		if recv, _, ok := strings.Cut(strings.TrimLeft(name, "(*"), ")"); ok {
			types[splitTypeName(recv)] = o
		}
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
		if rows := ormRows(o); rows != "" {
			b.WriteString("| function | role | argument |\n| --- | --- | --- |\n" + rows + "\n")
		}
		var notes []string
		if g := o.Generated; g != nil {
			notes = append(notes, generatedNote(g))
		}
		if o.InPlace {
			notes = append(notes, "Its query calls change the query they are called on and return it: "+
				"every call made on the query counts, before the load or after it.")
		}
		if o.AllAssociations != "" {
			notes = append(notes, fmt.Sprintf("The name `%s` stands for every association at its place in a path.", o.AllAssociations))
		}
		notes = append(notes, associationNote(o))
		b.WriteString(wrap(strings.Join(notes, " "), 90))
	}
	return b.String()
}

// ormRows is the table of the ORM's calls named by their full names.
func ormRows(o *ORM) string {
	var b strings.Builder
	for _, l := range o.Loads {
		fmt.Fprintf(&b, "| `%s` | loads its receiver's query into | %d |\n", l.Func, l.Arg)
	}
	for _, m := range o.Models {
		fmt.Fprintf(&b, "| `%s` | gives its receiver's query the destination a run fills | %d |\n", m.Func, m.Arg)
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
	for _, r := range o.Results {
		fmt.Fprintf(&b, "| `%s` | returns the models its receiver's query loads | |\n", r)
	}
	for _, r := range o.Runs {
		fmt.Fprintf(&b, "| `%s` | runs its receiver's query, filling its destination | |\n", r)
	}
	for _, c := range o.Callbacks {
		fmt.Fprintf(&b, "| `%s` | runs the function it is given on its receiver's query | %d |\n", c.Func, c.Arg)
	}
	for _, c := range o.Scopes {
		fmt.Fprintf(&b, "| `%s` | returns its receiver's query after the functions it is given run on it: loads what they name | %d |\n", c.Func, c.Arg)
	}
	return b.String()
}

// generatedNote says how the ORM's generated query API is recognised.
func generatedNote(g *GeneratedQueries) string {
	return fmt.Sprintf("The query API is generated for each schema, and recognised by its shape: a query builder "+
		"is a named struct with a field pointing to `%s`. On a builder, a method `%sEdge(opts ...func(*OtherBuilder))` "+
		"returning its own builder loads the association `Edge` (options run on the association's query may load "+
		"more below it), %s return the builder keeping its associations, %s return the models its query loads, "+
		"and %s run it for no model. "+
		"A method declared in a builder's package whose name starts with `%s` and that returns a builder starts a "+
		"query loading no association; %s on a type with such a method `%s` return the models of a query loading "+
		"no association. Any other method is a query phivet cannot follow.",
		g.Context, g.NamePrefix, codeList(g.Chains), codeList(g.Results), codeList(g.Runs), g.StartPrefix,
		codeList(g.Fetches), g.StartPrefix)
}

// associationNote says which fields of a model are associations.
func associationNote(o *ORM) string {
	switch {
	case o.Edges != "":
		return fmt.Sprintf("A model's associations are the fields of its field `%s`; every other field is a column.", o.Edges)
	case o.Tagged != nil:
		return fmt.Sprintf("A field is an association when its `%s` tag has an option %s (before a colon); "+
			"every other field is a column, whatever its type.", o.Tagged.TagKey, codeList(o.Tagged.Settings))
	}
	r := o.Columns
	return fmt.Sprintf("A field is a column, not an association, when it is embedded, its `%s` tag has one of %s, "+
		"or its type (or element, or a pointer to either) has a method %s; any other field of a "+
		"struct type, or a slice or array of them, is an association.",
		r.TagKey, codeList(r.Settings), codeList(r.Methods))
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
whose only identifiable part is an association nobody loaded is sent clean. So are the
models a call returns from such a query (ent's ` + "`All`" + `): they hold what the code puts
into them afterwards, also through a repository that returns them, and a converter
handed such a model's association (` + "`toDTO(d.Patient)`" + `) reads nothing from it. A local that a load does fill with marked
columns is still empty below an association its queries do not load, or whose loaded part
holds nothing identifiable: after ` + "`db.Preload(\"Doctor\").First(&u)`" + `, ` + "`u.Doctor`" + ` holds the doctor's
columns and no account, and a slot given it (` + "`s.Doctor = u.Doctor`" + `) is given nothing, unless
the code writes into that part or hands its address to code that may (` + "`Related(&u.Patient)`" + `).
The query is followed back through the calls that built it in the
same function; where the mapper's calls change the query they are called on (ent's,
bun's), every call made on it there counts, before the load or after it. A query a
helper returns (a model's method returning ` + "`db.Preload(\"Doctor\")`" + `, in any package) loads
what the helper names and what the query it was given loads; helpers of mappers whose
calls change the query in place are not followed. A handle a service keeps (a
repository's field, a package variable, a handler closure's capture, or one taken back out
of an interface, such as the session a middleware keeps in the request's context:
` + "`c.MustGet(\"db\").(*gorm.DB)`" + `) is a connection: a query starts from it. A local
variable a closure captures holds what the code stores into it. A query the package stores into a package variable
(` + "`env.RDB = env.RDB.Preload(\"Patient\")`" + `) keeps loading what it names for every query
started from the variable; stores in packages that import the variable's reader are out of
its sight. The handle a transaction hands its function
(GORM's ` + "`db.Transaction(func(tx *gorm.DB) error {…})`" + `) is a session of the query the
transaction was started on. A query from anywhere else (a parameter, a function's
result its summary says nothing of), or handed on to other code, may load anything.
`
