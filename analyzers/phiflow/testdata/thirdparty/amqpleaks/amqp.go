// Package amqpleaks has the cases of github.com/rabbitmq/amqp091-go.
package amqpleaks

import (
	"context"
	"encoding/json"

	amqp "github.com/rabbitmq/amqp091-go"

	"example.com/thirdparty/model"
)

// Publish: a message's body and headers, its exchange and its routing key
// are transmitted to the broker.
func Publish(ctx context.Context, ch *amqp.Channel, p *model.Patient) {
	ch.Publish("patients", "admitted", false, false, amqp.Publishing{Body: []byte(p.Name)}) // want "PHI1003"
	ch.Publish("patients", "admitted", false, false, amqp.Publishing{Body: []byte(p.ID)})
	ch.Publish("patients", "admitted."+p.NHSNumber, false, false, amqp.Publishing{})                        // want "PHI1003"
	ch.Publish("patients."+p.Name, "admitted", false, false, amqp.Publishing{})                             // want "PHI1003"
	ch.PublishWithContext(ctx, "patients", "admitted", false, false, amqp.Publishing{Body: []byte(p.Name)}) // want "PHI1003"
	ch.PublishWithContext(ctx, "patients", "admitted", false, false, amqp.Publishing{Body: []byte(p.ID)})
	ch.PublishWithContext(ctx, "patients", "admitted."+p.NHSNumber, false, false, amqp.Publishing{})           // want "PHI1003"
	ch.PublishWithDeferredConfirm("patients", "admitted", false, false, amqp.Publishing{Body: []byte(p.Name)}) // want "PHI1003"
	ch.PublishWithDeferredConfirm("patients", "admitted", false, false, amqp.Publishing{Body: []byte(p.ID)})
	ch.PublishWithDeferredConfirmWithContext(ctx, "patients", "admitted", false, false, amqp.Publishing{Body: []byte(p.Name)}) // want "PHI1003"
	ch.PublishWithDeferredConfirmWithContext(ctx, "patients", "admitted", false, false, amqp.Publishing{Body: []byte(p.ID)})
	if model.Allowed(p) {
		ch.Publish("patients", "admitted", false, false, amqp.Publishing{Body: []byte(p.Name)})
	}
}

// Encoded: a record encoded whole is sent by its marked fields; a header
// value is sent with the message.
func Encoded(ctx context.Context, ch *amqp.Channel, p *model.Patient) error {
	body, err := json.Marshal(p)
	if err != nil {
		return err
	}
	if err := ch.PublishWithContext(ctx, "patients", "created", false, false, amqp.Publishing{ContentType: "application/json", Body: body}); err != nil { // want "PHI1003"
		return err
	}
	ids, _ := json.Marshal(map[string]string{"id": p.ID})
	if err := ch.PublishWithContext(ctx, "patients", "created", false, false, amqp.Publishing{Body: ids}); err != nil {
		return err
	}
	return ch.PublishWithContext(ctx, "patients", "created", false, false, amqp.Publishing{Headers: amqp.Table{"patient": p.Name}}) // want "PHI1003"
}
