// Package sentryleaks has the cases of github.com/getsentry/sentry-go.
package sentryleaks

import (
	"context"
	"errors"

	"github.com/getsentry/sentry-go"

	"example.com/thirdparty/model"
)

// Capture: events, messages and exceptions are exported to Sentry.
func Capture(ctx context.Context, hub *sentry.Hub, client *sentry.Client, p *model.Patient) {
	sentry.CaptureMessage("no consent from " + p.Name) // want "PHI1002"
	sentry.CaptureMessage("no consent for " + p.ID)
	sentry.CaptureException(model.Err(p)) // want "PHI1002"
	sentry.CaptureException(errors.New("no consent"))
	sentry.CaptureEvent(&sentry.Event{Message: p.Name}) // want "PHI1002"
	sentry.CaptureEvent(&sentry.Event{Message: p.ID})
	sentry.CaptureEvent(&sentry.Event{Contexts: map[string]sentry.Context{"patient": {"dx": p.Diagnosis}}}) // want "PHI1002"
	sentry.CaptureEvent(&sentry.Event{Contexts: map[string]sentry.Context{"patient": {"id": p.ID}}})
	sentry.AddBreadcrumb(&sentry.Breadcrumb{Message: "opened " + p.Name}) // want "PHI1002"
	sentry.AddBreadcrumb(&sentry.Breadcrumb{Message: "opened " + p.ID})
	hub.CaptureMessage(p.Name) // want "PHI1002"
	hub.CaptureMessage(p.ID)
	hub.CaptureException(model.Err(p)) // want "PHI1002"
	hub.CaptureException(errors.New("x"))
	hub.CaptureEvent(&sentry.Event{Message: p.Name}) // want "PHI1002"
	hub.CaptureEvent(&sentry.Event{Message: p.ID})
	hub.CaptureEventWithHint(&sentry.Event{Message: p.Name}, nil) // want "PHI1002"
	hub.CaptureEventWithHint(&sentry.Event{Message: p.ID}, nil)
	hub.AddBreadcrumb(&sentry.Breadcrumb{Message: p.Name}, nil) // want "PHI1002"
	hub.AddBreadcrumb(&sentry.Breadcrumb{Message: p.ID}, nil)
	hub.Recover(model.Err(p)) // want "PHI1002"
	hub.Recover(errors.New("x"))
	client.CaptureMessage(p.Name, nil, nil) // want "PHI1002"
	client.CaptureMessage(p.ID, nil, nil)
	client.CaptureException(model.Err(p), nil, nil) // want "PHI1002"
	client.CaptureException(errors.New("x"), nil, nil)
	client.CaptureEvent(&sentry.Event{Message: p.Name}, nil, nil) // want "PHI1002"
	client.CaptureEvent(&sentry.Event{Message: p.ID}, nil, nil)
	if model.Allowed(p) {
		sentry.CaptureMessage("no consent from " + p.Name)
	}
	sentry.CaptureMessage("no consent from " + model.Redact(p.Name))
}

// Scopes: what is set on a scope goes with every event.
func Scopes(scope *sentry.Scope, p *model.Patient) {
	scope.SetUser(sentry.User{Email: p.Name}) // want "PHI1002"
	scope.SetUser(sentry.User{ID: p.ID})
	scope.SetTag("postcode", p.Postcode) // want "PHI1002"
	scope.SetTag("ward", p.Ward)
	scope.SetTags(map[string]string{"postcode": p.Postcode}) // want "PHI1002"
	scope.SetTags(map[string]string{"ward": p.Ward})
	scope.SetContext("patient", sentry.Context{"name": p.Name}) // want "PHI1002"
	scope.SetContext("patient", sentry.Context{"id": p.ID})
	scope.SetContexts(map[string]sentry.Context{"patient": {"name": p.Name}}) // want "PHI1002"
	scope.SetContexts(map[string]sentry.Context{"patient": {"id": p.ID}})
	scope.SetFingerprint([]string{p.Name}) // want "PHI1002"
	scope.SetFingerprint([]string{p.ID})
	scope.SetRequestBody(p.Photo) // want "PHI1002"
	scope.SetRequestBody([]byte(p.ID))
	scope.AddBreadcrumb(&sentry.Breadcrumb{Message: p.Name}, 10) // want "PHI1002"
	scope.AddBreadcrumb(&sentry.Breadcrumb{Message: p.ID}, 10)
}

// Spans: span names, descriptions, tags and data are exported.
func Spans(ctx context.Context, span *sentry.Span, p *model.Patient) {
	sentry.StartSpan(ctx, "admit "+p.Name) // want "PHI1002"
	sentry.StartSpan(ctx, "admit "+p.ID)
	sentry.StartSpan(ctx, "admit", sentry.WithDescription(p.Name)) // want "PHI1002"
	sentry.StartSpan(ctx, "admit", sentry.WithDescription(p.ID))
	sentry.StartSpan(ctx, "admit", sentry.WithOpName(p.Name)) // want "PHI1002"
	sentry.StartSpan(ctx, "admit", sentry.WithOpName(p.ID))
	sentry.StartTransaction(ctx, "admit "+p.Name) // want "PHI1002"
	sentry.StartTransaction(ctx, "admit "+p.ID)
	sentry.StartTransaction(ctx, "admit", sentry.WithTransactionName(p.Name)) // want "PHI1002"
	sentry.StartTransaction(ctx, "admit", sentry.WithTransactionName(p.ID))
	span.SetTag("postcode", p.Postcode) // want "PHI1002"
	span.SetTag("ward", p.Ward)
	span.SetData("patient", p) // want "PHI1002"
	span.SetData("patient", p.ID)
	span.SetContext("patient", sentry.Context{"name": p.Name}) // want "PHI1002"
	span.SetContext("patient", sentry.Context{"id": p.ID})
}
