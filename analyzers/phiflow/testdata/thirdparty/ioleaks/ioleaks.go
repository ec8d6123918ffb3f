// Package ioleaks has the cases of the catalog's I/O packages (database
// drivers and clients): their results and errors, whatever the caller
// passed them, are not identifiable unless declared sources (contract
// §3); data the code reads from a record, or puts in an error of its own,
// still is.
package ioleaks

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"

	"example.com/thirdparty/model"
)

// PgxErrors: a write's error goes back to the client and to the log.
func PgxErrors(ctx context.Context, conn *pgx.Conn, w http.ResponseWriter, p *model.Patient) {
	_, err := conn.Exec(ctx, "insert into patients(name, nhs) values($1, $2)", p.Name, p.NHSNumber)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		log.Printf("insert: %v", err)
		log.Printf("insert %s: %v", p.Name, err) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	}
	if err := conn.QueryRow(ctx, "select 1 from patients where name = $1", p.Name).Scan(new(int)); err != nil {
		log.Print(err)
		log.Print(fmt.Errorf("lookup %s: %w", p.Name, err)) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}

// PgxResults: what a query returns is the server's, not the arguments'.
func PgxResults(ctx context.Context, pool *pgxpool.Pool, p *model.Patient) {
	rows, err := pool.Query(ctx, "select ward from patients where nhs = $1", p.NHSNumber)
	if err != nil {
		log.Print(err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		vals, err := rows.Values()
		log.Print(vals, err)
		var q model.Patient
		if err := rows.Scan(&q.Ward, &q.Name); err == nil {
			log.Print(q.Ward)
			log.Print(q.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
		}
	}
	tag, err := pool.Exec(ctx, "delete from patients where name = $1", p.Name)
	log.Print(tag.String(), err)
}

// querier is the interface a query generator declares, which the pool
// and the connection implement.
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

var _ querier = (*pgxpool.Pool)(nil)

// PgxThroughInterface: the implementations reached are I/O calls too.
func PgxThroughInterface(ctx context.Context, q querier, p *model.Patient) error {
	if _, err := q.Exec(ctx, "update patients set name = $1", p.Name); err != nil {
		log.Print(err)
		return err
	}
	return nil
}

// OwnError: an error of the code's own that names the patient is
// reported wherever a driver's error is not.
func OwnError(ctx context.Context, conn *pgx.Conn, p *model.Patient) {
	if _, err := conn.Exec(ctx, "insert into patients(name) values($1)", p.Name); err != nil {
		log.Print(model.Err(p), err) // want `NameError.Name \(direct\) reaches log sink log.Print`
	}
}

// Mongo: the driver's results and errors.
func Mongo(ctx context.Context, c *mongo.Collection, w http.ResponseWriter, p *model.Patient) {
	res, err := c.InsertOne(ctx, p)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		log.Printf("insert %v: %v", res, err)
	}
	var q model.Patient
	err = c.FindOne(ctx, bson.M{"name": p.Name}).Decode(&q)
	log.Print(err)
	log.Print(q.Ward)
	log.Print(q.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	upd, err := c.UpdateOne(ctx, bson.M{"nhs": p.NHSNumber}, bson.M{"$set": bson.M{"name": p.Name}})
	log.Printf("update: %#v %v", upd, err)
	log.Printf("update %v: %v", bson.M{"name": p.Name}, err) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

// Redis: a command's value and error.
func Redis(ctx context.Context, rdb *redis.Client, p *model.Patient) {
	if err := rdb.Set(ctx, "patient:"+p.ID, p.Name, 0).Err(); err != nil {
		log.Print(err)
	}
	val, err := rdb.Get(ctx, "name:"+p.Name).Result()
	log.Print(val, err)
	log.Print("cached " + p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// SQL: database/sql, whose bodies phivet does not analyse.
func SQL(ctx context.Context, db *sql.DB, p *model.Patient) {
	var ward string
	err := db.QueryRowContext(ctx, "select ward from patients where name = ?", p.Name).Scan(&ward)
	log.Print(ward, err)
	log.Print(ward, p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// MongoStoreAndEcho stores the record decoded from the request and
// answers with it: the driver only encodes what it stores, so the record
// is still the caller's own (contract §3). What the driver decodes into
// a record is not.
func MongoStoreAndEcho(ctx context.Context, c *mongo.Collection, w http.ResponseWriter, r *http.Request) {
	p := &model.Patient{}
	if json.NewDecoder(r.Body).Decode(p) != nil {
		return
	}
	if _, err := c.ReplaceOne(ctx, bson.M{"_id": p.ID}, p); err != nil {
		return
	}
	if _, err := c.InsertOne(ctx, p); err != nil {
		return
	}
	json.NewEncoder(w).Encode(p)
	log.Printf("stored %v", p) // want `Patient.Name \(direct\).* reaches log sink log.Printf`
	prev := &model.Patient{}
	json.NewDecoder(r.Body).Decode(prev)
	c.FindOne(ctx, bson.M{"_id": prev.ID}).Decode(prev)
	json.NewEncoder(w).Encode(prev) // want `Patient.Name \(direct\).* is sent in a response`
}
