package catalog

// gorm.io/gorm: the most used Go ORM. A query (a *gorm.DB) fills a
// destination's columns; it loads an association only when Preload or
// Joins names it (callbacks/preload.go: preloads come from the
// statement's Preloads alone, and a joined association from its Joins).
// Which fields are associations is GORM's schema parsing
// (schema/schema.go, parseRelation is called for the fields whose
// DataType and GORMDataType stay empty; schema/field.go, ParseField): a
// field gets a data type, and so is a column, when its type is a basic
// kind, time or []byte, implements driver.Valuer (Value),
// GormDataTypeInterface (GormDataType) or SerializerInterface, or its
// tag names a serializer ("serializer", "json") or a "type"; an embedded
// field ("embedded", or anonymous) gives the model its fields. The rule
// also counts sql.Scanner (Scan) as a column, the safer side: a column
// taken for an association would be taken as not loaded.
//
// GORM is analysed: its package is I/O as well (see IOPackage), and its
// queries are what the ORM says.
var gormTable = register(Table{
	Package: "gorm.io/gorm", Analysed: true, Cases: "gormleaks",
	IO:  []IOPackage{{Path: "gorm.io/gorm", Library: "GORM (its queries: see ORMs)", Keeps: gormKeeps}},
	ORM: gormORM,
	// A session keeps its settings, its last error and the count of rows
	// it touched in exported fields (gorm.go), and its statement the query
	// it builds (statement.go): the model and destination they point at
	// are the code's own values, judged where they are declared.
	ProgramParts: []ProgramPart{
		{gormPkg + "DB", "GORM: a session, the chain of a query"},
		{gormPkg + "Statement", "GORM: the statement a session builds"},
	},
})

// gormKeeps are the writes of a model (argument 1): GORM writes back into
// it only what it generates, the primary key, timestamps and column
// defaults (callbacks/create.go), none of them marked, so a record built
// from the request stays the caller's own after it is stored. Model holds
// the model for the chain's write. Update's argument is one column's
// value, not the model.
var gormKeeps = keepsOf(each(gormDB, "Create", "CreateInBatches", "Save", "Updates", "UpdateColumns", "Delete", "Model"), At(1))

var gormORM = &ORM{
	Library: "GORM",
	// FirstOrInit and FirstOrCreate are not listed: they copy their
	// conditions and Attrs/Assign values into the destination.
	Loads: queryArgs(each(gormDB, "First", "Take", "Last", "Find", "FindInBatches", "Scan"), 1),
	Names: queryArgs(each(gormDB, "Preload", "Joins", "InnerJoins"), 1),
	// Attrs and Assign are not chains: their values are copied into a
	// destination.
	Chains: each(gormDB, "Model", "Clauses", "Table", "Distinct", "Select", "Omit", "MapColumns",
		"Where", "Not", "Or", "Group", "Having", "Order", "Limit", "Offset", "Unscoped", "Raw",
		"Session", "WithContext", "Debug", "Set", "InstanceSet", "Begin"),
	Starts: []string{"gorm.io/gorm.Open"},
	// Transaction and Connection hand their function a session of the
	// query they are called on (db.Session(…) in finisher_api.go).
	Callbacks: queryArgs(each(gormDB, "Transaction", "Connection"), 1),
	// Scopes runs its functions on the query; they may add preloads.
	Scopes: queryArgs(each(gormDB, "Scopes"), 1),
	// gorm.io/gorm/clause.Associations.
	AllAssociations: "~~~as~~~",
	Columns: ColumnRule{
		TagKey:   "gorm",
		Settings: []string{"EMBEDDED", "SERIALIZER", "JSON", "TYPE"},
		Methods:  []string{"Value", "Scan", "GormDataType"},
	},
}

const (
	gormPkg = "gorm.io/gorm."
	gormDB  = "(*" + gormPkg + "DB)."
)

// queryArgs makes one QueryArg per name, of the same argument.
func queryArgs(names []string, arg int) []QueryArg {
	out := make([]QueryArg, len(names))
	for i, n := range names {
		out[i] = QueryArg{Func: n, Arg: arg}
	}
	return out
}
