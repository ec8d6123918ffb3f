// Package docstore exercises §3 on I/O: a service's own Firestore
// database is its storage, as an SQL database is, though the client
// sends documents over gRPC. Storing or reading a record is no sink; the
// record is still identifiable wherever else it goes.
package docstore

import (
	"context"
	"log"
	"net/http"

	"cloud.google.com/go/firestore"
	"google.golang.org/grpc"
)

type Consultation struct {
	ID      string
	Patient string `phi:"direct"`
	Notes   string `phi:"clinical"`
}

func Store(ctx context.Context, db *firestore.Client, c *Consultation) error {
	doc := db.Collection("consultations").Doc(c.ID)
	if _, err := doc.Set(ctx, c); err != nil { // clean: the service's own database
		return err
	}
	if _, err := doc.Create(ctx, map[string]any{"notes": c.Notes}); err != nil { // clean
		return err
	}
	_, err := doc.Update(ctx, []firestore.Update{{Path: "notes", Value: c.Notes}}) // clean
	log.Printf("stored %s: %v", c.Notes, err)                                      // want `Consultation.Notes \(clinical\) reaches log sink log.Printf`
	return err
}

func Add(ctx context.Context, db *firestore.Client, c *Consultation) error {
	_, _, err := db.Collection("rooms").Doc(c.ID).Collection("notes").Add(ctx, map[string]any{"text": c.Notes}) // clean
	if err != nil {
		log.Print(err) // clean: the database's error carries nothing of the record
	}
	return err
}

func Batches(ctx context.Context, db *firestore.Client, cs []*Consultation) error {
	b := db.Batch()
	bw := db.BulkWriter(ctx)
	for _, c := range cs {
		b.Set(db.Doc("consultations/"+c.ID), c)                            // clean
		bw.Create(db.Doc("archive/"+c.ID), map[string]any{"p": c.Patient}) // clean
	}
	_, err := b.Commit(ctx) // clean
	return err
}

func Transaction(ctx context.Context, db *firestore.Client, c *Consultation) error {
	return db.RunTransaction(ctx, func(ctx context.Context, tx *firestore.Transaction) error {
		return tx.Update(db.Doc("consultations/"+c.ID), []firestore.Update{{Path: "notes", Value: c.Notes}}) // clean
	})
}

func Read(ctx context.Context, db *firestore.Client, c *Consultation, w http.ResponseWriter) {
	snap, err := db.Collection("patients").Doc(c.Patient).Get(ctx) // clean: a look-up by name in its own database
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound) // clean
		return
	}
	log.Print(snap.Data())                                            // clean: what the database held is not identifiable unless declared a source
	http.Error(w, "no consent from "+c.Patient, http.StatusForbidden) // want `Consultation.Patient \(direct\) is sent in a response by http.Error`
}

// A generated gRPC client of another service is still a transmission.

type ReferralClient interface {
	Refer(ctx context.Context, notes string, opts ...grpc.CallOption) error
}

func Refer(ctx context.Context, rc ReferralClient, c *Consultation) error {
	return rc.Refer(ctx, c.Notes) // want `Consultation.Notes \(clinical\) is transmitted by`
}
