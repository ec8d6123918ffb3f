package catalog

// entgo.io/ent: an ORM whose query API is code entc generates for each
// schema (entc/gen/template), so its names are each project's own and
// the ORM recognises them by shape (see GeneratedQueries). A query
// builder (builder/query.tmpl) is a struct with a field ctx
// *QueryContext, an alias of entgo.io/ent.QueryContext (base.tmpl). An
// entity's associations are its edges: the fields of its field Edges
// (ent.tmpl), filled only by sqlAll for the edges a With<Edge> call asked
// for (dialect/sql/query.tmpl) or by the code; the entity's other fields
// are columns, a JSON field's struct included. With<Edge>'s options are
// functions run on the edge's query, which may load more below it.
// Where, Limit, Offset, Unique, Order and Clone keep the builder's
// edges; All, First and Only (and their X forms, which panic instead of
// returning the error) return the entities; Count, Exist and the IDs
// ones run the query for no entity. A builder's methods change it and
// return it (q.WithPets() as a statement loads the edge as well). The
// client's Query and the
// traversals Query<Edge> (on the client, a builder or an entity) start a
// new query; the client's Get and GetX load an entity by its id without
// edges. Any other method (Select, GroupBy, a named edge's
// WithNamed<Edge>) is a query phivet cannot follow, which may load
// anything.
//
// The generated code is analysed as any other (its package is the
// project's own), and so is ent's.
var entTable = register(Table{
	Package: "entgo.io/ent", Analysed: true, Cases: "entleaks",
	ORM: &ORM{
		Library: "ent",
		InPlace: true,
		Generated: &GeneratedQueries{
			Context:    "entgo.io/ent.QueryContext",
			NamePrefix: "With",
			Chains:     []string{"Where", "Limit", "Offset", "Unique", "Order", "Clone"},
			Results:    []string{"All", "AllX", "First", "FirstX", "Only", "OnlyX"},
			Runs: []string{"Count", "CountX", "Exist", "ExistX", "IDs", "IDsX", "FirstID", "FirstIDX",
				"OnlyID", "OnlyIDX"},
			StartPrefix: "Query",
			Fetches:     []string{"Get", "GetX"},
		},
		Edges: "Edges",
	},
})
