package ioleaks

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"github.com/jmoiron/sqlx"

	"example.com/thirdparty/model"
)

// SqlxErrors: a statement's error is the database's, whatever argument
// it bound; sqlx's own code formats the argument into an error only for
// a query that names a parameter the argument lacks. What the code adds
// is still reported.
func SqlxErrors(ctx context.Context, db *sqlx.DB, st *sqlx.NamedStmt, p *model.Patient) {
	if _, err := st.ExecContext(ctx, map[string]any{"id": p.ID, "name": p.Name}); err != nil {
		log.Printf("update: %v", err)
		log.Printf("update %s: %v", p.Name, err) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	}
	if _, err := db.NamedExecContext(ctx, "insert into patients(name, nhs) values(:name, :nhs)", p); err != nil {
		log.Print(err)
	}
	var ward string
	err := db.GetContext(ctx, &ward, "select ward from patients where name = $1", p.Name)
	log.Print(ward, err)
	var q model.Patient
	if err := db.QueryRowxContext(ctx, "select * from patients where nhs = $1", p.NHSNumber).StructScan(&q); err == nil {
		log.Print(q.Ward)
		log.Print(q.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}

// SqlxRewrites: In, Named and BindNamed return the arguments they bind
// beside the query text, before any database is involved.
func SqlxRewrites(db *sqlx.DB, tx *sqlx.Tx, p *model.Patient) {
	query, args, err := sqlx.In("select id from patients where name in (?)", []string{p.Name})
	log.Print(query, err)
	log.Print(args)                                                                   // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(sqlx.In("select id from patients where name in (?)", []string{p.Name})) // want `Patient.Name \(direct\) reaches log sink log.Print`
	byNHS := map[string]any{"nhs": p.NHSNumber}
	query, _, _ = sqlx.Named("select id from patients where nhs = :nhs", byNHS)
	log.Print(query)
	log.Print(sqlx.Named("select id from patients where nhs = :nhs", byNHS)) // want `Patient.NHSNumber \(direct\) reaches log sink log.Print`
	query, _, _ = sqlx.BindNamed(sqlx.DOLLAR, "select id from patients where nhs = :nhs", byNHS)
	log.Print(query)
	log.Print(sqlx.BindNamed(sqlx.DOLLAR, "select id from patients where nhs = :nhs", byNHS)) // want `Patient.NHSNumber \(direct\) reaches log sink log.Print`
	query, _, _ = db.BindNamed("update patients set ward = :ward where nhs = :nhs", p)
	log.Print(query)
	log.Print(db.BindNamed("update patients set ward = :ward where nhs = :nhs", p)) // want `Patient.NHSNumber \(direct\).* reaches log sink log.Print`
	query, _, _ = tx.BindNamed("update patients set ward = :ward where nhs = :nhs", p)
	log.Print(query)
	log.Print(tx.BindNamed("update patients set ward = :ward where nhs = :nhs", p)) // want `Patient.NHSNumber \(direct\).* reaches log sink log.Print`
}

// SqlxRebinds: Rebind changes the placeholders of the text it is given.
func SqlxRebinds(db *sqlx.DB, tx *sqlx.Tx, c *sqlx.Conn, p *model.Patient) {
	byName := "select id from patients where name = '" + p.Name + "'"
	log.Print(sqlx.Rebind(sqlx.DOLLAR, "select ward from patients where id = ?"))
	log.Print(sqlx.Rebind(sqlx.DOLLAR, byName)) // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(db.Rebind("select ward from patients where id = ?"))
	log.Print(db.Rebind(byName)) // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(tx.Rebind("select ward from patients where id = ?"))
	log.Print(tx.Rebind(byName)) // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(c.Rebind("select ward from patients where id = ?"))
	log.Print(c.Rebind(byName)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// SqlxStoreAndEcho stores the record decoded from the request and
// answers with it: storing it writes nothing into it. What the database
// reads into a record is not the caller's.
func SqlxStoreAndEcho(ctx context.Context, db *sqlx.DB, w http.ResponseWriter, r *http.Request) {
	p := &model.Patient{}
	if json.NewDecoder(r.Body).Decode(p) != nil {
		return
	}
	if _, err := db.NamedExecContext(ctx, "insert into patients(name, nhs) values(:name, :nhs)", p); err != nil {
		return
	}
	json.NewEncoder(w).Encode(p)
	prev := &model.Patient{}
	json.NewDecoder(r.Body).Decode(prev)
	if db.GetContext(ctx, prev, "select * from patients where id = $1", prev.ID) == nil {
		json.NewEncoder(w).Encode(prev) // want `Patient.Name \(direct\).* is sent in a response`
	}
}
