package ioleaks

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"strings"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v4/stdlib"
	"github.com/lib/pq"

	"example.com/thirdparty/model"
)

// SQLDrivers: database/sql with drivers registered, whose code is
// analysed; the statement's arguments reach the drivers' connections only
// through database/sql, an I/O package, so storing a record stays clean.
// Logging or posting the same value is still reported.
func SQLDrivers(ctx context.Context, db *sql.DB, p *model.Patient) error {
	if _, err := db.Exec("insert into patients(name, nhs) values($1, $2)", p.Name, p.NHSNumber); err != nil {
		log.Print(err)
		return err
	}
	if _, err := db.ExecContext(ctx, "update patients set names = $1", pq.Array([]string{p.Name})); err != nil {
		log.Printf("update %s: %v", p.Name, err) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	st, err := tx.PrepareContext(ctx, pq.CopyIn("patients", "name"))
	if err != nil {
		return err
	}
	st.ExecContext(ctx, p.Name)
	http.Post("https://example.org/patients", "text/plain", strings.NewReader(p.NHSNumber)) // want `Patient.NHSNumber \(direct\) is transmitted by http.Post`
	return tx.Commit()
}
