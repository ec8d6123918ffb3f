package catalog

// github.com/jackc/pgx/v5: the PostgreSQL driver and its connection
// pool, I/O packages (see IOPackage). Its code is analysed.
var pgxTable = register(Table{
	Package: "github.com/jackc/pgx/v5", Analysed: true, Cases: "ioleaks",
	IO: []IOPackage{
		{Path: "github.com/jackc/pgx/v5", Library: "pgx (PostgreSQL)"},
		{Path: "github.com/jackc/pgx/v5/pgxpool", Library: "pgx connection pool"},
		{Path: "github.com/jackc/pgx/v5/pgconn", Library: "pgx low-level connection"},
	},
})
