package catalog

// github.com/getsentry/sentry-go: events, messages, exceptions, users,
// tags, contexts, attributes, breadcrumbs and logs are exported to Sentry.

const (
	sentryPkg    = "github.com/getsentry/sentry-go."
	sentryHub    = "(*github.com/getsentry/sentry-go.Hub)."
	sentryScope  = "(*github.com/getsentry/sentry-go.Scope)."
	sentrySpan   = "(*github.com/getsentry/sentry-go.Span)."
	sentryLogger = "(github.com/getsentry/sentry-go.Logger)."
	sentryEntry  = "(github.com/getsentry/sentry-go.LogEntry)."
	sentryAttr   = "github.com/getsentry/sentry-go/attribute."
)

// sentryEntryAttrs are the methods of a LogEntry (sentry.NewLogger(ctx).Info()…)
// that add an attribute to it and return it.
var sentryEntryAttrs = []string{"String", "StringSlice", "Int", "Int64", "Int64Slice", "Float64", "Float64Slice", "Bool", "BoolSlice"}

var sentryTable = register(Table{
	Package: "github.com/getsentry/sentry-go",
	Name:    "Sentry",
	Cases:   "sentryleaks",
	Sinks: concat(
		[]Sink{
			{Func: sentryPkg + "CaptureMessage", Kind: Export, Data: At(0)},
			{Func: sentryPkg + "CaptureException", Kind: Export, Data: At(0), Printer: Fmt},
			{Func: sentryPkg + "CaptureEvent", Kind: Export, Data: At(0), Printer: JSON},
			{Func: sentryPkg + "AddBreadcrumb", Kind: Export, Data: At(0), Printer: JSON},
			{Func: sentryPkg + "StartSpan", Kind: Export, Data: From(1)},
			{Func: sentryPkg + "StartTransaction", Kind: Export, Data: From(1)},
			{Func: sentryHub + "CaptureMessage", Kind: Export, Data: At(1)},
			{Func: sentryHub + "CaptureException", Kind: Export, Data: At(1), Printer: Fmt},
			{Func: sentryHub + "CaptureEvent", Kind: Export, Data: At(1), Printer: JSON},
			{Func: sentryHub + "CaptureEventWithHint", Kind: Export, Data: At(1), Printer: JSON},
			{Func: sentryHub + "AddBreadcrumb", Kind: Export, Data: At(1), Printer: JSON},
			{Func: sentryHub + "Recover", Kind: Export, Data: At(1), Printer: Fmt},
			{Func: "(*github.com/getsentry/sentry-go.Client).CaptureMessage", Kind: Export, Data: At(1)},
			{Func: "(*github.com/getsentry/sentry-go.Client).CaptureException", Kind: Export, Data: At(1), Printer: Fmt},
			{Func: "(*github.com/getsentry/sentry-go.Client).CaptureEvent", Kind: Export, Data: At(1), Printer: JSON},
			// What is set on a scope goes with every event captured in it.
			{Func: sentryScope + "SetUser", Kind: Export, Data: At(1), Printer: JSON},
			{Func: sentryScope + "SetTag", Kind: Export, Data: From(1)},
			{Func: sentryScope + "SetTags", Kind: Export, Data: At(1)},
			{Func: sentryScope + "SetContext", Kind: Export, Data: From(1), Printer: JSON},
			{Func: sentryScope + "SetContexts", Kind: Export, Data: At(1), Printer: JSON},
			{Func: sentryScope + "SetFingerprint", Kind: Export, Data: At(1)},
			{Func: sentryScope + "SetRequestBody", Kind: Export, Data: At(1)},
			{Func: sentryScope + "AddBreadcrumb", Kind: Export, Data: At(1), Printer: JSON},
			{Func: sentrySpan + "SetTag", Kind: Export, Data: From(1)},
			{Func: sentrySpan + "SetData", Kind: Export, Data: From(1), Printer: JSON},
			{Func: sentrySpan + "SetContext", Kind: Export, Data: From(1), Printer: JSON},
			{Func: sentryHub + "RecoverWithContext", Kind: Export, Data: At(2), Printer: Fmt},
			// Sentry's logs: a LogEntry emits its attributes with its
			// message; a Logger is an io.Writer too.
			{Func: sentryEntry + "Emit", Kind: Export, Data: All(), Printer: Fmt},
			{Func: sentryEntry + "Emitf", Kind: Export, Data: All(), Printer: Fmt},
			{Func: sentryLogger + "Write", Kind: Export, Data: At(1)},
		},
		// Attributes set on a scope, a logger or a meter go with every
		// event, log or metric it records.
		sinksOf([]string{sentryScope + "SetAttributes", sentryLogger + "SetAttributes", "(github.com/getsentry/sentry-go.Meter).SetAttributes"},
			Export, From(1), Raw),
	),
	// A Logger written to (log.SetOutput, fmt.Fprintf) sends what it gets.
	DestinationTypes: []DestinationType{{"github.com/getsentry/sentry-go.Logger", Export}},
	Wrappers:         returnsReceiver(sentryEntry, sentryEntryAttrs),
	Propagators: concat(
		propagate(each(sentryPkg, "WithDescription", "WithTransactionName", "WithOpName"), All(), Results, Raw),
		zerologAdds(sentryEntry, sentryEntryAttrs, Raw),
		// WithCtx returns a copy of the entry.
		propagate([]string{sentryEntry + "WithCtx"}, At(0), Results, Raw),
		propagate(each(sentryAttr, "String", "StringSlice", "Int", "IntSlice", "Int64", "Int64Slice",
			"Float64", "Float64Slice", "Bool", "BoolSlice"), All(), Results, Raw),
	),
})
