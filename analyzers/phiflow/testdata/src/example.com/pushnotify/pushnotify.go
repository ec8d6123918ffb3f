// Package pushnotify exercises the Firebase Cloud Messaging sends: a
// notification naming the patient is transmitted (to Google, and on to
// the devices); one that names nobody is not identifiable.
package pushnotify

import (
	"context"

	"firebase.google.com/go/messaging"
)

type Patient struct {
	ID     string
	Name   string `phi:"direct"`
	Tokens []string
}

func Send(ctx context.Context, c *messaging.Client, p *Patient) {
	c.Send(ctx, &messaging.Message{Token: "t", Notification: &messaging.Notification{Body: "Booking from " + p.Name}}) // want `Patient.Name \(direct\) is transmitted by`
	c.Send(ctx, &messaging.Message{Token: "t", Notification: &messaging.Notification{Body: "A booking has been made"}})
	c.SendDryRun(ctx, &messaging.Message{Token: "t", Data: map[string]string{"patient": p.Name}}) // want `Patient.Name \(direct\) is transmitted by`
	c.SendDryRun(ctx, &messaging.Message{Token: "t", Data: map[string]string{"booking": p.ID}})
}

func SendAll(ctx context.Context, c *messaging.Client, p *Patient) {
	named := []*messaging.Message{{Token: "t", Notification: &messaging.Notification{Title: p.Name}}}
	c.SendAll(ctx, named)       // want `Patient.Name \(direct\) is transmitted by`
	c.SendAllDryRun(ctx, named) // want `Patient.Name \(direct\) is transmitted by`
	plain := []*messaging.Message{{Token: "t", Notification: &messaging.Notification{Title: "Booking"}}}
	c.SendAll(ctx, plain)
	c.SendAllDryRun(ctx, plain)
}

func SendMulticast(ctx context.Context, c *messaging.Client, p *Patient) {
	named := &messaging.MulticastMessage{Tokens: p.Tokens, Notification: &messaging.Notification{Body: "Booking from " + p.Name}}
	c.SendMulticast(ctx, named)       // want `Patient.Name \(direct\) is transmitted by`
	c.SendMulticastDryRun(ctx, named) // want `Patient.Name \(direct\) is transmitted by`
	plain := &messaging.MulticastMessage{Tokens: p.Tokens, Notification: &messaging.Notification{Body: "A booking has been made"}}
	c.SendMulticast(ctx, plain)
	c.SendMulticastDryRun(ctx, plain)
}
