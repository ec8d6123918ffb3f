package ioleaks

import (
	"context"
	"log"
	"net/http"
	"strings"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgx/v4"
	"github.com/jackc/pgx/v4/pgxpool"

	"example.com/thirdparty/model"
)

// PgxV4Store: pgx v4 stores a record over its own connection, which is
// the service's storage, not a transmission; its errors carry nothing.
// Logging or posting the same value is still reported.
func PgxV4Store(ctx context.Context, conn *pgx.Conn, w http.ResponseWriter, p *model.Patient) {
	_, err := conn.Exec(ctx, "insert into patients(name, nhs) values($1, $2)", p.Name, p.NHSNumber)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		log.Printf("insert %s: %v", p.Name, err) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	}
	var ward string
	err = conn.QueryRow(ctx, "select ward from patients where name = $1", p.Name).Scan(&ward)
	log.Print(ward, err)
	http.Post("https://example.org/patients", "text/plain", strings.NewReader(p.Name)) // want `Patient.Name \(direct\) is transmitted by http.Post`
}

// PgxV4Pool: the pool's statements, batches and copies.
func PgxV4Pool(ctx context.Context, pool *pgxpool.Pool, p *model.Patient) error {
	if _, err := pool.Exec(ctx, "update patients set name = $1 where id = $2", p.Name, p.ID); err != nil {
		return err
	}
	b := &pgx.Batch{}
	b.Queue("insert into names(name) values($1)", p.Name)
	if err := pool.SendBatch(ctx, b).Close(); err != nil {
		log.Print(err)
	}
	n, err := pool.CopyFrom(ctx, pgx.Identifier{"names"}, []string{"name"}, pgx.CopyFromRows([][]any{{p.Name}}))
	log.Print(n, err)
	return err
}

// PgxV4Low: the low-level connection, a module of its own in v4.
func PgxV4Low(ctx context.Context, pc *pgconn.PgConn, p *model.Patient) {
	res := pc.ExecParams(ctx, "insert into names(name) values($1)", [][]byte{[]byte(p.Name)}, nil, nil, nil).Read()
	log.Print(res.CommandTag, res.Err)
	log.Print(string(res.CommandTag), p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}
