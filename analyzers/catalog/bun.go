package catalog

// github.com/uptrace/bun: an ORM whose select query is given its
// destination by Model and filled when it runs (Scan, Exec,
// ScanAndCount). A model's relations are the fields whose bun tag has a
// rel: or m2m: option (schema/table.go: every other field, a struct
// included, is a column, stored as JSON when it is not a basic type);
// the query loads a relation only when Relation names it
// (query_select.go: a relation's join or its own query is added by
// Relation alone; structTableModel.scanColumn fills a relation's fields
// only for a join Relation added), "A.B" naming B of A. Relation's
// apply functions run on the relation's query, which may load more
// below it; Apply and WhereGroup run functions on the query itself, and
// are not chains. The query's calls change it and return it
// (query_base.go: no copy is made), so a Relation made on it as a
// statement loads as well. A destination given to the run instead of
// Model, or a query handed on, is one phivet cannot follow.
//
// bun is analysed as an I/O package: its code writes and reads the
// database, and what it logs of a model (schema warnings) is not the
// caller's disclosure.
var bunTable = register(Table{
	Package: "github.com/uptrace/bun", Analysed: true, Cases: "bunleaks",
	IO:  []IOPackage{{Path: "github.com/uptrace/bun", Library: "bun (its queries: see ORMs)"}},
	ORM: bunORM,
})

var bunORM = &ORM{
	Library: "bun",
	InPlace: true,
	Models:  queryArgs([]string{bunSelect + "Model"}, 1),
	Names:   queryArgs([]string{bunSelect + "Relation"}, 1),
	Chains: each(bunSelect, "Conn", "Err", "Distinct", "DistinctOn", "Table", "TableExpr", "ModelTableExpr",
		"Column", "ColumnExpr", "ExcludeColumn", "WherePK", "Where", "WhereOr", "WhereDeleted",
		"WhereAllWithDeleted", "Group", "GroupExpr", "Having", "Order", "OrderBy", "OrderExpr", "Limit",
		"Offset", "For", "Join", "JoinOn", "JoinOnOr", "Comment"),
	Starts: []string{"(*github.com/uptrace/bun.DB).NewSelect", "(github.com/uptrace/bun.Conn).NewSelect",
		"(github.com/uptrace/bun.Tx).NewSelect", "(github.com/uptrace/bun.IDB).NewSelect",
		"github.com/uptrace/bun.NewSelectQuery"},
	Runs:   each(bunSelect, "Scan", "Exec", "ScanAndCount"),
	Tagged: &AssociationTag{TagKey: "bun", Separator: ",", Settings: []string{"rel", "m2m"}},
}

const bunSelect = "(*github.com/uptrace/bun.SelectQuery)."
