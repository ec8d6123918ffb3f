// Package slogleaks has the cases of log/slog's handlers and records.
package slogleaks

import (
	"context"
	"log/slog"
	"os"
	"time"

	"example.com/thirdparty/model"
)

// Handlers: attributes given to a handler are in every record it emits.
func Handlers(ctx context.Context, h slog.Handler, p *model.Patient, c model.Card) {
	slog.New(h.WithAttrs([]slog.Attr{slog.String("name", p.Name)})).Info("x") // want "PHI1001"
	slog.New(h.WithAttrs([]slog.Attr{slog.String("id", p.ID)})).Info("x")
	slog.New(h.WithAttrs([]slog.Attr{slog.Any("card", c)}).WithGroup("g")).Info("x")
	slog.New(h.WithAttrs([]slog.Attr{slog.String("name", p.Name)}).WithGroup("g")).Info("x") // want "PHI1001"
	j := slog.NewJSONHandler(os.Stderr, nil)
	slog.New(j.WithAttrs([]slog.Attr{slog.String("name", p.Name)})).Info("x") // want "PHI1001"
	slog.New(j.WithAttrs([]slog.Attr{slog.String("id", p.ID)})).Info("x")
	slog.New(j.WithGroup("g").WithAttrs([]slog.Attr{slog.String("name", p.Name)})).Info("x") // want "PHI1001"
	slog.New(j.WithGroup("g")).Info("x")
	t := slog.NewTextHandler(os.Stderr, nil)
	slog.New(t.WithAttrs([]slog.Attr{slog.String("name", p.Name)})).Info("x") // want "PHI1001"
	slog.New(t.WithAttrs([]slog.Attr{slog.String("id", p.ID)})).Info("x")
	slog.New(t.WithGroup("g").WithAttrs([]slog.Attr{slog.String("name", p.Name)})).Info("x") // want "PHI1001"
	slog.New(t.WithGroup("g")).Info("x")
	m := slog.NewMultiHandler(j, t)
	slog.New(m.WithAttrs([]slog.Attr{slog.String("name", p.Name)})).Info("x") // want "PHI1001"
	slog.New(m.WithAttrs([]slog.Attr{slog.String("id", p.ID)})).Info("x")
	slog.New(m.WithGroup("g").WithAttrs([]slog.Attr{slog.String("name", p.Name)})).Info("x") // want "PHI1001"
	slog.New(m.WithGroup("g")).Info("x")
	slog.New(slog.NewMultiHandler(h.WithAttrs([]slog.Attr{slog.String("name", p.Name)}))).Info("x") // want "PHI1001"
	slog.New(slog.NewMultiHandler(h)).Info("x")
}

// LoggerHandler: a logger's handler holds the logger's attributes.
func LoggerHandler(h slog.Handler, p *model.Patient) {
	slog.New(slog.New(h).With("name", p.Name).Handler()).Info("x") // want "PHI1001"
	slog.New(slog.New(h).With("id", p.ID).Handler()).Info("x")
}

// Records: a record handed to a handler is emitted.
func Records(ctx context.Context, h slog.Handler, p *model.Patient) {
	h.Handle(ctx, slog.NewRecord(time.Now(), slog.LevelInfo, p.Name, 0)) // want "PHI1001"
	h.Handle(ctx, slog.NewRecord(time.Now(), slog.LevelInfo, p.ID, 0))
	r := slog.NewRecord(time.Now(), slog.LevelInfo, "x", 0)
	r.AddAttrs(slog.GroupAttrs("g", slog.String("name", p.Name)))
	h.Handle(ctx, r.Clone()) // want "PHI1001"
	q := slog.NewRecord(time.Now(), slog.LevelInfo, "x", 0)
	q.AddAttrs(slog.GroupAttrs("g", slog.String("id", p.ID)), slog.Bool("b", p.ID == ""))
	h.Handle(ctx, q.Clone())
	slog.NewJSONHandler(os.Stderr, nil).Handle(ctx, slog.NewRecord(time.Now(), slog.LevelInfo, p.Name, 0)) // want "PHI1001"
	slog.NewJSONHandler(os.Stderr, nil).Handle(ctx, slog.NewRecord(time.Now(), slog.LevelInfo, p.ID, 0))
	slog.NewTextHandler(os.Stderr, nil).Handle(ctx, slog.NewRecord(time.Now(), slog.LevelInfo, p.Name, 0)) // want "PHI1001"
	slog.NewTextHandler(os.Stderr, nil).Handle(ctx, slog.NewRecord(time.Now(), slog.LevelInfo, p.ID, 0))
	slog.NewMultiHandler(h).Handle(ctx, slog.NewRecord(time.Now(), slog.LevelInfo, p.Name, 0)) // want "PHI1001"
	slog.NewMultiHandler(h).Handle(ctx, slog.NewRecord(time.Now(), slog.LevelInfo, p.ID, 0))
	slog.Info("x", slog.Any("v", slog.BoolValue(p.Diabetic))) // want "PHI1001"
	slog.Info("x", slog.Any("v", slog.BoolValue(p.ID == "")))
	slog.Info("x", slog.GroupAttrs("g", slog.String("dx", p.Diagnosis))) // want "PHI1001"
	slog.Info("x", slog.GroupAttrs("g", slog.String("id", p.ID)))
}

type patientKey struct{}

// Contexts: slog's handlers do not print the context a record is logged
// with; its values are the handler's to look up, and a standard context's
// values carry nothing (contract §3). The message and the attributes are
// printed as without a context.
func Contexts(ctx context.Context, l *slog.Logger, p *model.Patient) {
	pctx := context.WithValue(ctx, patientKey{}, p)
	slog.InfoContext(pctx, "loaded")
	slog.DebugContext(pctx, "loaded", "id", p.ID)
	slog.InfoContext(pctx, "loaded", "name", p.Name) // want "PHI1001"
	slog.Log(pctx, slog.LevelInfo, "loaded")
	slog.LogAttrs(pctx, slog.LevelInfo, "loaded", slog.String("dx", p.Diagnosis)) // want "PHI1001"
	l.WarnContext(pctx, "loaded")
	l.ErrorContext(pctx, p.Name) // want "PHI1001"
	l.Log(pctx, slog.LevelInfo, "loaded")
	l.LogAttrs(pctx, slog.LevelInfo, "loaded", slog.String("id", p.ID))
	l.With("name", p.Name).InfoContext(pctx, "loaded") // want "PHI1001"
}
