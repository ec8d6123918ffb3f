package catalog

// github.com/jinzhu/gorm: GORM v1, the same query API as gorm.io/gorm's
// (see gorm.go) in a package of its own. A query fills a destination's
// columns and loads an association only when Preload names it
// (callback_query_preload.go: the preloads come from the search's
// Preload conditions, or from every association under the
// "gorm:auto_preload" setting, which is why Set is not a chain). Joins
// adds SQL only: v1 fills no association from a join. Which fields are
// associations is model_struct.go's: a field is a column when its type
// implements sql.Scanner, is time (holding nothing marked), or its tag
// says "embedded" (or it is anonymous); any other struct, or slice of
// them, is a relationship. The rule also counts driver.Valuer (Value)
// as a column, the safer side. v1 reads the tag under "sql" too, which
// the rule does not.
const (
	jinzhuGormPkg = "github.com/jinzhu/gorm."
	jinzhuGormDB  = "(*" + jinzhuGormPkg + "DB)."
)

var jinzhuGormTable = register(Table{
	Package: "github.com/jinzhu/gorm", Analysed: true, Cases: "jinzhugormleaks",
	IO:  []IOPackage{{Path: "github.com/jinzhu/gorm", Library: "GORM v1 (its queries: see ORMs)", Keeps: jinzhuGormKeeps}},
	ORM: jinzhuGormORM,
	// A session keeps its settings, its errors and the count of rows it
	// touched in exported fields (main.go), and a scope the statement it
	// builds (scope.go): the values they point at are the code's own.
	ProgramParts: []ProgramPart{
		{jinzhuGormPkg + "DB", "GORM v1: a session, the chain of a query"},
		{jinzhuGormPkg + "Scope", "GORM v1: the statement a session builds"},
	},
})

// jinzhuGormKeeps are the writes of a model (argument 1): v1 writes back
// into it only the primary key, timestamps and column defaults
// (callback_create.go), as v2 does.
var jinzhuGormKeeps = keepsOf(each(jinzhuGormDB, "Create", "Save", "Updates", "UpdateColumns", "Delete", "Model"), At(1))

var jinzhuGormORM = &ORM{
	Library: "GORM v1",
	// Scan fills its destination's columns only: preloads fill the
	// session's model (callback_query_preload.go works on scope.Value).
	// FirstOrInit and FirstOrCreate are not listed: they copy their
	// conditions and Attrs/Assign values into the destination; nor is
	// Related, which reads the session's model.
	Loads: queryArgs(each(jinzhuGormDB, "First", "Take", "Last", "Find", "Scan"), 1),
	Names: queryArgs(each(jinzhuGormDB, "Preload"), 1),
	// Scopes is not a chain: its functions may add preloads; nor are Set
	// and InstantSet (auto_preload).
	Chains: each(jinzhuGormDB, "Model", "Table", "Select", "Omit", "Where", "Not", "Or", "Joins", "Group",
		"Having", "Order", "Limit", "Offset", "Unscoped", "Raw", "Debug", "Begin", "BeginTx"),
	// New drops the session's search conditions, its preloads with them.
	Starts: []string{jinzhuGormPkg + "Open", jinzhuGormDB + "New"},
	// Transaction hands its function a transaction begun on its receiver
	// (main.go: Begin clones the session's search).
	Callbacks: queryArgs(each(jinzhuGormDB, "Transaction"), 1),
	Columns: ColumnRule{
		TagKey:   "gorm",
		Settings: []string{"EMBEDDED"},
		Methods:  []string{"Scan", "Value"},
	},
}
