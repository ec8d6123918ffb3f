package catalog

// go.opentelemetry.io/otel: traces (span names, attributes, events,
// errors, status), metric attributes and baggage are exported to the
// telemetry backend, and baggage to every downstream service.

const (
	otelSpan   = "(go.opentelemetry.io/otel/trace.Span)."
	otelAttr   = "go.opentelemetry.io/otel/attribute."
	otelMetric = "go.opentelemetry.io/otel/metric."
)

var otelAttrKinds = []string{"Bool", "BoolSlice", "Int", "IntSlice", "Int64", "Int64Slice", "Float64", "Float64Slice",
	"String", "StringSlice", "ByteSlice", "Slice", "Map"}

var otelTable = register(Table{
	Package: "go.opentelemetry.io/otel", Name: "OpenTelemetry", Cases: "otelleaks",
	Sinks: concat(
		sinksAt(Export, Raw,
			call{otelSpan + "SetAttributes", From(1)}, call{otelSpan + "AddEvent", From(1)},
			call{otelSpan + "SetName", At(1)}, call{otelSpan + "SetStatus", At(2)}, call{otelSpan + "AddLink", At(1)},
			// The span name and the attributes given as options.
			call{"(go.opentelemetry.io/otel/trace.Tracer).Start", From(2)},
			call{"go.opentelemetry.io/otel/baggage.ContextWithBaggage", At(1)}),
		sinksOf([]string{otelSpan + "RecordError"}, Export, From(1), Fmt),
		// Metric attributes; the measured number is not a sink.
		sinksOf(each("(go.opentelemetry.io/otel/metric.", "Int64Counter).Add", "Float64Counter).Add",
			"Int64UpDownCounter).Add", "Float64UpDownCounter).Add", "Int64Histogram).Record", "Float64Histogram).Record",
			"Int64Gauge).Record", "Float64Gauge).Record", "Observer).ObserveInt64", "Observer).ObserveFloat64"), Export, From(3), Raw),
		sinksOf(each("(go.opentelemetry.io/otel/metric.", "Int64Observer).Observe", "Float64Observer).Observe"), Export, From(2), Raw),
	),
	Propagators: concat(
		propagate(each(otelAttr, otelAttrKinds...), All(), Results, Raw),
		propagate([]string{otelAttr + "Stringer"}, All(), Results, Fmt),
		propagate(each("("+otelAttr+"Key).", otelAttrKinds...), All(), Results, Raw),
		propagate(each(otelAttr, "BoolValue", "BoolSliceValue", "IntValue", "IntSliceValue", "Int64Value", "Int64SliceValue",
			"Float64Value", "Float64SliceValue", "StringValue", "StringSliceValue", "ByteSliceValue", "SliceValue", "MapValue", "NewSet"), All(), Results, Raw),
		// Options holding attributes, links and events.
		propagate(each("go.opentelemetry.io/otel/trace.", "WithAttributes", "WithLinks", "LinkFromContext"), All(), Results, Raw),
		propagate(each(otelMetric, "WithAttributes", "WithAttributeSet"), All(), Results, Raw),
		// Baggage members; their errors quote the value.
		[]Propagator{
			{Func: "go.opentelemetry.io/otel/baggage.NewMember", From: All(), Into: Results, ErrorToo: true},
			{Func: "go.opentelemetry.io/otel/baggage.NewMemberRaw", From: All(), Into: Results, ErrorToo: true},
			{Func: "go.opentelemetry.io/otel/baggage.NewKeyValueProperty", From: All(), Into: Results, ErrorToo: true},
			{Func: "go.opentelemetry.io/otel/baggage.NewKeyValuePropertyRaw", From: All(), Into: Results, ErrorToo: true},
			{Func: "go.opentelemetry.io/otel/baggage.New", From: All(), Into: Results},
			{Func: "(go.opentelemetry.io/otel/baggage.Baggage).SetMember", From: All(), Into: Results},
		},
	),
})
