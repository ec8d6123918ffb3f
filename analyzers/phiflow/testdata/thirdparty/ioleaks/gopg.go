package ioleaks

import (
	"context"
	"log"
	"strings"

	"github.com/go-pg/pg/v10"
	"github.com/go-pg/pg/v10/orm"

	"example.com/thirdparty/model"
)

// GoPG: go-pg writes the statement and its arguments to its own
// connection, the service's storage rather than a transmission, and its
// errors carry nothing of them. What the code adds is still reported.
func GoPG(ctx context.Context, db *pg.DB, p *model.Patient) {
	if _, err := db.ExecContext(ctx, "update patients set name = ? where id = ?", p.Name, p.ID); err != nil {
		log.Print(err)
		log.Printf("update %s: %v", p.Name, err) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	}
	if _, err := db.Model(p).Insert(); err != nil {
		log.Print(err)
	}
	var q model.Patient
	if err := db.Model(&q).Where("nhs = ?", p.NHSNumber).Select(); err == nil {
		log.Print(q.Ward)
		log.Print(strings.ToUpper(q.Name)) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}

// GoPGQuery: a query handed on runs as the database handle's do.
func GoPGQuery(q *orm.Query, p *model.Patient) error {
	n, err := q.Where("name = ?", p.Name).Count()
	log.Print(n, err)
	return err
}
