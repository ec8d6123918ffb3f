package natsleaks

import (
	"context"
	"strings"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"example.com/thirdparty/model"
)

// Stores: what is put in a key-value or object store, key or name
// included, is sent to the server.
func Stores(kv nats.KeyValue, obj nats.ObjectStore, p *model.Patient) {
	kv.Put("patients."+p.ID, []byte(p.Name)) // want "PHI1003"
	kv.Put("patients."+p.ID, []byte(p.Ward))
	kv.PutString("patients."+p.NHSNumber, p.ID) // want "PHI1003"
	kv.PutString("patients."+p.ID, p.Ward)
	kv.Create("patients."+p.ID, []byte(p.Diagnosis)) // want "PHI1003"
	kv.Create("patients."+p.ID, []byte(p.Ward))
	kv.Update("patients."+p.ID, []byte(p.Name), 1) // want "PHI1003"
	kv.Update("patients."+p.ID, []byte(p.Ward), 1)
	obj.Put(&nats.ObjectMeta{Name: p.Name + ".pdf"}, strings.NewReader(p.ID)) // want "PHI1003"
	obj.Put(&nats.ObjectMeta{Name: p.ID + ".pdf"}, strings.NewReader(p.ID))
	obj.PutBytes(p.ID, p.Photo) // want "PHI1003"
	obj.PutBytes(p.ID, []byte(p.Ward))
	obj.PutString(p.ID, p.Diagnosis) // want "PHI1003"
	obj.PutString(p.ID, p.Ward)
	if model.Allowed(p) {
		kv.Put("patients."+p.ID, []byte(p.Name))
	}
	kv.PutString("patients."+p.ID, model.Redact(p.Name))
}

// JetStreamStores: the same through the jetstream package.
func JetStreamStores(ctx context.Context, kv jetstream.KeyValue, obj jetstream.ObjectStore, p *model.Patient) {
	kv.Put(ctx, "patients."+p.ID, []byte(p.Name)) // want "PHI1003"
	kv.Put(ctx, "patients."+p.ID, []byte(p.Ward))
	kv.PutString(ctx, "patients."+p.NHSNumber, p.ID) // want "PHI1003"
	kv.PutString(ctx, "patients."+p.ID, p.Ward)
	kv.Create(ctx, "patients."+p.ID, []byte(p.Diagnosis)) // want "PHI1003"
	kv.Create(ctx, "patients."+p.ID, []byte(p.Ward))
	kv.Update(ctx, "patients."+p.ID, []byte(p.Name), 1) // want "PHI1003"
	kv.Update(ctx, "patients."+p.ID, []byte(p.Ward), 1)
	obj.Put(ctx, jetstream.ObjectMeta{Name: p.Name + ".pdf"}, strings.NewReader(p.ID)) // want "PHI1003"
	obj.Put(ctx, jetstream.ObjectMeta{Name: p.ID + ".pdf"}, strings.NewReader(p.ID))
	obj.PutBytes(ctx, p.ID, p.Photo) // want "PHI1003"
	obj.PutBytes(ctx, p.ID, []byte(p.Ward))
	obj.PutString(ctx, p.ID, p.Diagnosis) // want "PHI1003"
	obj.PutString(ctx, p.ID, p.Ward)
}
