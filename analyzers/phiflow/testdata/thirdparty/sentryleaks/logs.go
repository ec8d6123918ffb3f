package sentryleaks

import (
	"context"
	"fmt"

	"github.com/getsentry/sentry-go"
	"github.com/getsentry/sentry-go/attribute"

	"example.com/thirdparty/model"
)

// Logs: Sentry's logs export their message and attributes.
func Logs(ctx context.Context, p *model.Patient, card model.Card) {
	l := sentry.NewLogger(ctx)
	l.Info().String("k", p.Name).Emit("seen") // want "PHI1002"
	l.Info().String("k", p.Ward).Emit("seen")
	l.Info().StringSlice("k", p.Notes).Emit("seen") // want "PHI1002"
	l.Info().StringSlice("k", []string{p.Ward}).Emit("seen")
	l.Info().Int("k", p.Age).Emit("seen") // want "PHI1002"
	l.Info().Int("k", p.Visits).Emit("seen")
	l.Info().Int64("k", int64(p.Age)).Emit("seen") // want "PHI1002"
	l.Info().Int64("k", int64(p.Visits)).Emit("seen")
	l.Info().Int64Slice("k", []int64{int64(p.Age)}).Emit("seen") // want "PHI1002"
	l.Info().Int64Slice("k", []int64{int64(p.Visits)}).Emit("seen")
	l.Info().Float64("k", p.Weight).Emit("seen") // want "PHI1002"
	l.Info().Float64("k", float64(p.Visits)).Emit("seen")
	l.Info().Float64Slice("k", []float64{p.Weight}).Emit("seen") // want "PHI1002"
	l.Info().Float64Slice("k", []float64{float64(p.Visits)}).Emit("seen")
	l.Info().Bool("k", p.Diabetic).Emit("seen") // want "PHI1002"
	l.Info().Bool("k", p.Visits > 1).Emit("seen")
	l.Info().BoolSlice("k", []bool{p.Diabetic}).Emit("seen") // want "PHI1002"
	l.Info().BoolSlice("k", []bool{p.Visits > 1}).Emit("seen")
	l.Info().Emit("patient ", p.Name) // want "PHI1002"
	l.Info().Emit("patient ", p.ID)
	l.Warn().Emitf("patient %s", p.Name) // want "PHI1002"
	l.Warn().Emitf("patient %s", card)
	e := l.Error().String("name", p.Name)
	e.Emit("seen") // want "PHI1002"
	e2 := l.Error()
	e2.String("name", p.Name)
	e2.Emit("seen")                                           // want "PHI1002"
	l.Info().String("name", p.Name).WithCtx(ctx).Emit("seen") // want "PHI1002"
	l.Info().String("ward", p.Ward).WithCtx(ctx).Emit("seen")
	fmt.Fprintf(l, "patient %s", p.Name) // want "PHI1002"
	fmt.Fprintf(l, "patient %s", p.ID)
	l.Write([]byte(p.Name)) // want "PHI1002"
	l.Write([]byte(p.ID))
	l.SetAttributes(attribute.String("name", p.Name)) // want "PHI1002"
	l.SetAttributes(attribute.String("ward", p.Ward))
	if model.Allowed(p) {
		l.Info().String("name", p.Name).Emit("seen")
	}
	l.Info().String("name", model.Redact(p.Name)).Emit("seen")
}

// Attributes: what is set on a scope or a meter goes with every event or
// metric it records.
func Attributes(scope *sentry.Scope, m sentry.Meter, p *model.Patient) {
	scope.SetAttributes(attribute.String("k", p.Name)) // want "PHI1002"
	scope.SetAttributes(attribute.String("k", p.Ward))
	scope.SetAttributes(attribute.StringSlice("k", p.Notes)) // want "PHI1002"
	scope.SetAttributes(attribute.StringSlice("k", []string{p.Ward}))
	scope.SetAttributes(attribute.Int("k", p.Age)) // want "PHI1002"
	scope.SetAttributes(attribute.Int("k", p.Visits))
	scope.SetAttributes(attribute.IntSlice("k", []int{p.Age})) // want "PHI1002"
	scope.SetAttributes(attribute.IntSlice("k", []int{p.Visits}))
	scope.SetAttributes(attribute.Int64("k", int64(p.Age))) // want "PHI1002"
	scope.SetAttributes(attribute.Int64("k", int64(p.Visits)))
	scope.SetAttributes(attribute.Int64Slice("k", []int64{int64(p.Age)})) // want "PHI1002"
	scope.SetAttributes(attribute.Int64Slice("k", []int64{int64(p.Visits)}))
	scope.SetAttributes(attribute.Float64("k", p.Weight)) // want "PHI1002"
	scope.SetAttributes(attribute.Float64("k", float64(p.Visits)))
	scope.SetAttributes(attribute.Float64Slice("k", []float64{p.Weight})) // want "PHI1002"
	scope.SetAttributes(attribute.Float64Slice("k", []float64{float64(p.Visits)}))
	scope.SetAttributes(attribute.Bool("k", p.Diabetic)) // want "PHI1002"
	scope.SetAttributes(attribute.Bool("k", p.Visits > 1))
	scope.SetAttributes(attribute.BoolSlice("k", []bool{p.Diabetic})) // want "PHI1002"
	scope.SetAttributes(attribute.BoolSlice("k", []bool{p.Visits > 1}))
	m.SetAttributes(attribute.String("postcode", p.Postcode)) // want "PHI1002"
	m.SetAttributes(attribute.String("ward", p.Ward))
}

// Recovers: a recovered panic value is captured.
func Recovers(ctx context.Context, hub *sentry.Hub, p *model.Patient) {
	hub.RecoverWithContext(ctx, model.Err(p)) // want "PHI1002"
	hub.RecoverWithContext(ctx, fmt.Errorf("ward %s", p.Ward))
}
