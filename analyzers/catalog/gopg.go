package catalog

// github.com/go-pg/pg/v10: a PostgreSQL client and ORM that speaks the
// wire protocol itself, I/O packages (see IOPackage): the database
// handle's calls (DB, Tx, Conn: the root package) and its model queries
// (orm.Query). Its code is analysed: without this, the statement's
// arguments written to its own net.Conn read as a transmission, and its
// errors as carrying the arguments.
var goPGTable = register(Table{
	Package: "github.com/go-pg/pg/v10", Analysed: true, Cases: "ioleaks",
	IO: []IOPackage{
		{Path: "github.com/go-pg/pg/v10", Library: "go-pg"},
		{Path: "github.com/go-pg/pg/v10/orm", Library: "go-pg queries"},
	},
})
