package ioleaks

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/thirdparty/model"
)

// MongoV2: the second major version of the driver, a module of its own.
// Its errors are the server's (no documents, a duplicate key), whatever
// record was decoded into or stored; what the code reads from the record
// is still reported.
func MongoV2(ctx context.Context, c *mongo.Collection, w http.ResponseWriter, p *model.Patient) {
	if _, err := c.InsertOne(ctx, p); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		log.Printf("insert: %v", err)
	}
	var q model.Patient
	if err := c.FindOne(ctx, bson.M{"nhs": p.NHSNumber}).Decode(&q); err != nil {
		log.Print(err)
		return
	}
	log.Print(q.Ward)
	log.Print(q.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	cur, err := c.Find(ctx, bson.M{"ward": q.Ward})
	if err != nil {
		log.Print(err)
		return
	}
	var ps []model.Patient
	if err := cur.All(ctx, &ps); err != nil {
		log.Printf("decode: %v", err)
	}
	upd, err := c.UpdateOne(ctx, bson.M{"nhs": p.NHSNumber}, bson.M{"$set": bson.M{"name": p.Name}})
	log.Printf("update: %#v %v", upd, err)
	log.Printf("update %v: %v", bson.M{"name": p.Name}, err) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

// MongoV2StoreAndEcho: the driver only encodes what it stores, so the
// record decoded from the request is still the caller's own, answered to
// it; what the driver decodes into a record is not.
func MongoV2StoreAndEcho(ctx context.Context, c *mongo.Collection, w http.ResponseWriter, r *http.Request) {
	p := &model.Patient{}
	if json.NewDecoder(r.Body).Decode(p) != nil {
		return
	}
	if _, err := c.ReplaceOne(ctx, bson.M{"_id": p.ID}, p); err != nil {
		return
	}
	json.NewEncoder(w).Encode(p)
	prev := &model.Patient{}
	json.NewDecoder(r.Body).Decode(prev)
	c.FindOne(ctx, bson.M{"_id": prev.ID}).Decode(prev)
	json.NewEncoder(w).Encode(prev) // want `Patient.Name \(direct\).* is sent in a response`
}
