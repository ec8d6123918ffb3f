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
	// A prepared statement is described by its name, SQL text and the
	// types of its parameters and columns, all exported (pgconn.go).
	ProgramParts: []ProgramPart{{"github.com/jackc/pgx/v5/pgconn.StatementDescription", "pgx: a prepared statement"}},
})

// github.com/jackc/pgx/v4: the previous major version, I/O packages the
// same way. Its low-level connection is a module of its own
// (github.com/jackc/pgconn), which writes the statements and their
// arguments to the server's net.Conn: without it the driver's storing a
// record would read as a transmission. Its codecs (pgtype) and wire
// messages (pgproto3) are not I/O: they only encode and decode values,
// and the calls that send them are the connection's.
var pgxV4Table = register(Table{
	Package: "github.com/jackc/pgx/v4", Analysed: true, Cases: "ioleaks",
	IO: []IOPackage{
		{Path: "github.com/jackc/pgx/v4", Library: "pgx v4 (PostgreSQL)"},
		{Path: "github.com/jackc/pgx/v4/pgxpool", Library: "pgx v4 connection pool"},
		{Path: "github.com/jackc/pgconn", Library: "pgx v4 low-level connection"},
	},
	ProgramParts: []ProgramPart{{"github.com/jackc/pgconn.StatementDescription", "pgx v4: a prepared statement"}},
})
