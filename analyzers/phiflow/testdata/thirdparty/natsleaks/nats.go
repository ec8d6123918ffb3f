// Package natsleaks has the cases of github.com/nats-io/nats.go.
package natsleaks

import (
	"context"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"example.com/thirdparty/model"
)

// Publish: messages, requests and their subjects are transmitted.
func Publish(ctx context.Context, nc *nats.Conn, js nats.JetStreamContext, j jetstream.JetStream, p *model.Patient) {
	nc.Publish("patients.admitted", []byte(p.Name)) // want "PHI1003"
	nc.Publish("patients.admitted", []byte(p.ID))
	nc.Publish("patients."+p.NHSNumber, nil)                            // want "PHI1003"
	nc.PublishMsg(&nats.Msg{Subject: "patients", Data: []byte(p.Name)}) // want "PHI1003"
	nc.PublishMsg(&nats.Msg{Subject: "patients", Data: []byte(p.ID)})
	nc.PublishRequest("patients", "inbox", []byte(p.Name)) // want "PHI1003"
	nc.PublishRequest("patients", "inbox", []byte(p.ID))
	nc.Request("patients", []byte(p.Name), time.Second) // want "PHI1003"
	nc.Request("patients", []byte(p.ID), time.Second)
	nc.RequestWithContext(ctx, "patients", []byte(p.Name)) // want "PHI1003"
	nc.RequestWithContext(ctx, "patients", []byte(p.ID))
	nc.RequestMsg(&nats.Msg{Subject: "patients", Data: []byte(p.Name)}, time.Second) // want "PHI1003"
	nc.RequestMsg(&nats.Msg{Subject: "patients", Data: []byte(p.ID)}, time.Second)
	nc.RequestMsgWithContext(ctx, &nats.Msg{Subject: "patients", Data: []byte(p.Name)}) // want "PHI1003"
	nc.RequestMsgWithContext(ctx, &nats.Msg{Subject: "patients", Data: []byte(p.ID)})
	js.Publish("patients", []byte(p.Name)) // want "PHI1003"
	js.Publish("patients", []byte(p.ID))
	js.PublishMsg(&nats.Msg{Subject: "patients", Data: []byte(p.Name)}) // want "PHI1003"
	js.PublishMsg(&nats.Msg{Subject: "patients", Data: []byte(p.ID)})
	js.PublishAsync("patients", []byte(p.Name)) // want "PHI1003"
	js.PublishAsync("patients", []byte(p.ID))
	js.PublishMsgAsync(&nats.Msg{Subject: "patients", Data: []byte(p.Name)}) // want "PHI1003"
	js.PublishMsgAsync(&nats.Msg{Subject: "patients", Data: []byte(p.ID)})
	j.Publish(ctx, "patients", []byte(p.Name)) // want "PHI1003"
	j.Publish(ctx, "patients", []byte(p.ID))
	j.PublishMsg(ctx, &nats.Msg{Subject: "patients", Data: []byte(p.Name)}) // want "PHI1003"
	j.PublishMsg(ctx, &nats.Msg{Subject: "patients", Data: []byte(p.ID)})
	j.PublishAsync("patients", []byte(p.Name)) // want "PHI1003"
	j.PublishAsync("patients", []byte(p.ID))
	j.PublishMsgAsync(&nats.Msg{Subject: "patients", Data: []byte(p.Name)}) // want "PHI1003"
	j.PublishMsgAsync(&nats.Msg{Subject: "patients", Data: []byte(p.ID)})
	if model.Allowed(p) {
		nc.Publish("patients.admitted", []byte(p.Name))
	}
}

// Headers: header values go with the message.
func Headers(nc *nats.Conn, p *model.Patient) {
	m := nats.NewMsg("patients")
	m.Header.Set("X-Patient", p.Name)
	nc.PublishMsg(m) // want "PHI1003"
	m2 := nats.NewMsg("patients")
	m2.Header.Add("X-Patient", p.Name)
	nc.PublishMsg(m2) // want "PHI1003"
	m3 := nats.NewMsg("patients")
	m3.Header.Set("X-Patient", p.ID)
	m3.Header.Add("X-Patient", p.ID)
	nc.PublishMsg(m3)
}

// Replies: a reply to a request is a response to the caller.
func Replies(req *nats.Msg, p *model.Patient) {
	req.Respond([]byte(p.Name)) // want "PHI1003"
	req.Respond([]byte(p.ID))
	req.RespondMsg(&nats.Msg{Data: []byte(p.Name)}) // want "PHI1003"
	req.RespondMsg(&nats.Msg{Data: []byte(p.ID)})
}
