// Package otelleaks has the cases of go.opentelemetry.io/otel.
package otelleaks

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/baggage"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/trace"

	"example.com/thirdparty/model"
)

// Spans: names, attributes, events, errors, status and links are exported.
func Spans(ctx context.Context, tr trace.Tracer, span trace.Span, p *model.Patient, b model.Badge, c model.Card) {
	span.SetAttributes(attribute.String("patient.name", p.Name)) // want `Patient.Name \(direct\) is exported by \(trace.Span\).SetAttributes`
	span.SetAttributes(attribute.String("patient.id", p.ID))
	span.AddEvent("admitted", trace.WithAttributes(attribute.String("dx", p.Diagnosis))) // want "PHI1002"
	span.AddEvent("admitted", trace.WithAttributes(attribute.String("id", p.ID)))
	span.RecordError(model.Err(p)) // want "PHI1002"
	span.RecordError(errors.New("no consent"))
	span.SetName("admit " + p.Name) // want "PHI1002"
	span.SetName("admit " + p.ID)
	span.SetStatus(codes.Error, "no consent from "+p.Name) // want "PHI1002"
	span.SetStatus(codes.Error, "no consent for "+p.ID)
	span.AddLink(trace.LinkFromContext(ctx, attribute.String("n", p.Name))) // want "PHI1002"
	span.AddLink(trace.LinkFromContext(ctx, attribute.String("id", p.ID)))
	span.AddLink(trace.Link{Attributes: []attribute.KeyValue{attribute.String("n", p.Name)}}) // want "PHI1002"
	span.AddLink(trace.Link{Attributes: []attribute.KeyValue{attribute.String("id", p.ID)}})
	tr.Start(ctx, "admit "+p.Name) // want "PHI1002"
	tr.Start(ctx, "admit "+p.ID)
	tr.Start(ctx, "admit", trace.WithAttributes(attribute.String("n", p.Name))) // want "PHI1002"
	tr.Start(ctx, "admit", trace.WithAttributes(attribute.String("id", p.ID)))
	tr.Start(ctx, "admit", trace.WithLinks(trace.Link{Attributes: []attribute.KeyValue{attribute.String("n", p.Name)}})) // want "PHI1002"
	tr.Start(ctx, "admit", trace.WithLinks(trace.Link{}))
	span.SetAttributes(attribute.Stringer("badge", b)) // want "Badge.Name.*PHI1002"
	span.SetAttributes(attribute.Stringer("card", c))
	if model.Allowed(p) {
		span.SetAttributes(attribute.String("patient.name", p.Name))
	}
	span.SetAttributes(attribute.String("patient.name", model.Redact(p.Name)))
}

// AttributeSets: a set holds its attributes.
func AttributeSets(ctx context.Context, c metric.Int64Counter, p *model.Patient) {
	c.Add(ctx, 1, metric.WithAttributeSet(attribute.NewSet(attribute.String("n", p.Name)))) // want "PHI1002"
	c.Add(ctx, 1, metric.WithAttributeSet(attribute.NewSet(attribute.String("id", p.ID))))
}

// Attributes: every attribute constructor carries its value.
func Attributes(span trace.Span, p *model.Patient) {
	span.SetAttributes(attribute.Bool("k", p.Diabetic)) // want "PHI1002"
	span.SetAttributes(attribute.Bool("k", p.ID == ""))
	span.SetAttributes(attribute.Key("k").Bool(p.Diabetic)) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").Bool(p.ID == ""))
	span.SetAttributes(attribute.BoolSlice("k", []bool{p.Diabetic})) // want "PHI1002"
	span.SetAttributes(attribute.BoolSlice("k", []bool{p.ID == ""}))
	span.SetAttributes(attribute.Key("k").BoolSlice([]bool{p.Diabetic})) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").BoolSlice([]bool{p.ID == ""}))
	span.SetAttributes(attribute.Int("k", p.Age)) // want "PHI1002"
	span.SetAttributes(attribute.Int("k", p.Visits))
	span.SetAttributes(attribute.Key("k").Int(p.Age)) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").Int(p.Visits))
	span.SetAttributes(attribute.IntSlice("k", []int{p.Age})) // want "PHI1002"
	span.SetAttributes(attribute.IntSlice("k", []int{p.Visits}))
	span.SetAttributes(attribute.Key("k").IntSlice([]int{p.Age})) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").IntSlice([]int{p.Visits}))
	span.SetAttributes(attribute.Int64("k", int64(p.Age))) // want "PHI1002"
	span.SetAttributes(attribute.Int64("k", int64(p.Visits)))
	span.SetAttributes(attribute.Key("k").Int64(int64(p.Age))) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").Int64(int64(p.Visits)))
	span.SetAttributes(attribute.Int64Slice("k", []int64{int64(p.Age)})) // want "PHI1002"
	span.SetAttributes(attribute.Int64Slice("k", []int64{int64(p.Visits)}))
	span.SetAttributes(attribute.Key("k").Int64Slice([]int64{int64(p.Age)})) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").Int64Slice([]int64{int64(p.Visits)}))
	span.SetAttributes(attribute.Float64("k", p.Weight)) // want "PHI1002"
	span.SetAttributes(attribute.Float64("k", float64(p.Visits)))
	span.SetAttributes(attribute.Key("k").Float64(p.Weight)) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").Float64(float64(p.Visits)))
	span.SetAttributes(attribute.Float64Slice("k", []float64{p.Weight})) // want "PHI1002"
	span.SetAttributes(attribute.Float64Slice("k", []float64{float64(p.Visits)}))
	span.SetAttributes(attribute.Key("k").Float64Slice([]float64{p.Weight})) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").Float64Slice([]float64{float64(p.Visits)}))
	span.SetAttributes(attribute.String("k", p.Name)) // want "PHI1002"
	span.SetAttributes(attribute.String("k", p.ID))
	span.SetAttributes(attribute.Key("k").String(p.Name)) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").String(p.ID))
	span.SetAttributes(attribute.StringSlice("k", p.Notes)) // want "PHI1002"
	span.SetAttributes(attribute.StringSlice("k", []string{p.ID}))
	span.SetAttributes(attribute.Key("k").StringSlice(p.Notes)) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").StringSlice([]string{p.ID}))
	span.SetAttributes(attribute.ByteSlice("k", p.Photo)) // want "PHI1002"
	span.SetAttributes(attribute.ByteSlice("k", []byte(p.ID)))
	span.SetAttributes(attribute.Key("k").ByteSlice(p.Photo)) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").ByteSlice([]byte(p.ID)))
	span.SetAttributes(attribute.Slice("k", attribute.StringValue(p.Name))) // want "PHI1002"
	span.SetAttributes(attribute.Slice("k", attribute.StringValue(p.ID)))
	span.SetAttributes(attribute.Key("k").Slice(attribute.StringValue(p.Name))) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").Slice(attribute.StringValue(p.ID)))
	span.SetAttributes(attribute.Map("k", attribute.String("n", p.Name))) // want "PHI1002"
	span.SetAttributes(attribute.Map("k", attribute.String("id", p.ID)))
	span.SetAttributes(attribute.Key("k").Map(attribute.String("n", p.Name))) // want "PHI1002"
	span.SetAttributes(attribute.Key("k").Map(attribute.String("id", p.ID)))
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.BoolValue(p.Diabetic)}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.BoolValue(p.ID == "")})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.BoolSliceValue([]bool{p.Diabetic})}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.BoolSliceValue([]bool{p.ID == ""})})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.IntValue(p.Age)}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.IntValue(p.Visits)})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.IntSliceValue([]int{p.Age})}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.IntSliceValue([]int{p.Visits})})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.Int64Value(int64(p.Age))}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.Int64Value(int64(p.Visits))})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.Int64SliceValue([]int64{int64(p.Age)})}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.Int64SliceValue([]int64{int64(p.Visits)})})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.Float64Value(p.Weight)}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.Float64Value(float64(p.Visits))})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.Float64SliceValue([]float64{p.Weight})}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.Float64SliceValue([]float64{float64(p.Visits)})})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.StringValue(p.Name)}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.StringValue(p.ID)})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.StringSliceValue(p.Notes)}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.StringSliceValue([]string{p.ID})})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.ByteSliceValue(p.Photo)}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.ByteSliceValue([]byte(p.ID))})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.SliceValue(attribute.StringValue(p.Name))}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.SliceValue(attribute.StringValue(p.ID))})
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.MapValue(attribute.String("n", p.Name))}) // want "PHI1002"
	span.SetAttributes(attribute.KeyValue{Key: "k", Value: attribute.MapValue(attribute.String("id", p.ID))})
}

// Metrics: attributes of measurements are exported; the measured number
// (an identifiable age or weight here) is not.
func Metrics(ctx context.Context, int64Counter metric.Int64Counter, float64Counter metric.Float64Counter, int64UpDownCounter metric.Int64UpDownCounter, float64UpDownCounter metric.Float64UpDownCounter, int64Histogram metric.Int64Histogram, float64Histogram metric.Float64Histogram, int64Gauge metric.Int64Gauge, float64Gauge metric.Float64Gauge, o metric.Observer, io metric.Int64Observer, fo metric.Float64Observer, ic metric.Int64ObservableCounter, fc metric.Float64ObservableCounter, p *model.Patient) {
	int64Counter.Add(ctx, int64(p.Age), metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	int64Counter.Add(ctx, int64(p.Age), metric.WithAttributes(attribute.String("ward", p.Ward)))
	float64Counter.Add(ctx, p.Weight, metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	float64Counter.Add(ctx, p.Weight, metric.WithAttributes(attribute.String("ward", p.Ward)))
	int64UpDownCounter.Add(ctx, int64(p.Age), metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	int64UpDownCounter.Add(ctx, int64(p.Age), metric.WithAttributes(attribute.String("ward", p.Ward)))
	float64UpDownCounter.Add(ctx, p.Weight, metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	float64UpDownCounter.Add(ctx, p.Weight, metric.WithAttributes(attribute.String("ward", p.Ward)))
	int64Histogram.Record(ctx, int64(p.Age), metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	int64Histogram.Record(ctx, int64(p.Age), metric.WithAttributes(attribute.String("ward", p.Ward)))
	float64Histogram.Record(ctx, p.Weight, metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	float64Histogram.Record(ctx, p.Weight, metric.WithAttributes(attribute.String("ward", p.Ward)))
	int64Gauge.Record(ctx, int64(p.Age), metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	int64Gauge.Record(ctx, int64(p.Age), metric.WithAttributes(attribute.String("ward", p.Ward)))
	float64Gauge.Record(ctx, p.Weight, metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	float64Gauge.Record(ctx, p.Weight, metric.WithAttributes(attribute.String("ward", p.Ward)))
	o.ObserveInt64(ic, int64(p.Age), metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	o.ObserveInt64(ic, int64(p.Age), metric.WithAttributes(attribute.String("ward", p.Ward)))
	o.ObserveFloat64(fc, p.Weight, metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	o.ObserveFloat64(fc, p.Weight, metric.WithAttributes(attribute.String("ward", p.Ward)))
	io.Observe(int64(p.Age), metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	io.Observe(int64(p.Age), metric.WithAttributes(attribute.String("ward", p.Ward)))
	fo.Observe(p.Weight, metric.WithAttributes(attribute.String("name", p.Name))) // want "PHI1002"
	fo.Observe(p.Weight, metric.WithAttributes(attribute.String("ward", p.Ward)))
}

// Baggage goes to every downstream service.
func Baggage(ctx context.Context, p *model.Patient) context.Context {
	m, _ := baggage.NewMember("nhs", p.NHSNumber)
	bg, _ := baggage.New(m)
	ctx = baggage.ContextWithBaggage(ctx, bg)                                                             // want "PHI1002"
	ctx = baggage.ContextWithBaggage(ctx, must(baggage.New(must(baggage.NewMember("nhs", p.NHSNumber))))) // want "PHI1002"
	ctx = baggage.ContextWithBaggage(ctx, must(baggage.New(must(baggage.NewMember("id", p.ID)))))
	ctx = baggage.ContextWithBaggage(ctx, must(baggage.New(must(baggage.NewMemberRaw("nhs", p.NHSNumber))))) // want "PHI1002"
	ctx = baggage.ContextWithBaggage(ctx, must(baggage.New(must(baggage.NewMemberRaw("id", p.ID)))))
	ctx = baggage.ContextWithBaggage(ctx, must(baggage.New(must(baggage.NewMember("id", p.ID, must(baggage.NewKeyValueProperty("n", p.Name))))))) // want "PHI1002"
	ctx = baggage.ContextWithBaggage(ctx, must(baggage.New(must(baggage.NewMember("id", p.ID, must(baggage.NewKeyValueProperty("w", p.Ward)))))))
	ctx = baggage.ContextWithBaggage(ctx, must(baggage.New(must(baggage.NewMember("id", p.ID, must(baggage.NewKeyValuePropertyRaw("n", p.Name))))))) // want "PHI1002"
	ctx = baggage.ContextWithBaggage(ctx, must(baggage.New(must(baggage.NewMember("id", p.ID, must(baggage.NewKeyValuePropertyRaw("w", p.Ward)))))))
	ctx = baggage.ContextWithBaggage(ctx, must(baggage.FromContext(ctx).SetMember(must(baggage.NewMember("nhs", p.NHSNumber))))) // want "PHI1002"
	ctx = baggage.ContextWithBaggage(ctx, must(baggage.FromContext(ctx).SetMember(must(baggage.NewMember("id", p.ID)))))
	return ctx
}

func must[T any](v T, _ error) T { return v }
