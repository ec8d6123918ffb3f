package catalog

// github.com/getsentry/sentry-go: events, messages, exceptions, users,
// tags, contexts, attributes, breadcrumbs and logs are exported to Sentry.

const (
	sentryPkg    = "github.com/getsentry/sentry-go."
	sentryHub    = "(*github.com/getsentry/sentry-go.Hub)."
	sentryClient = "(*github.com/getsentry/sentry-go.Client)."
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
	Package: "github.com/getsentry/sentry-go", Name: "Sentry", Cases: "sentryleaks",
	Sinks: concat(
		// Messages, spans and what is set on a scope (it goes with every
		// event captured in it); a Logger is an io.Writer too.
		sinksAt(Export, Raw,
			call{sentryPkg + "CaptureMessage", At(0)}, call{sentryPkg + "StartSpan", From(1)},
			call{sentryPkg + "StartTransaction", From(1)}, call{sentryHub + "CaptureMessage", At(1)},
			call{sentryClient + "CaptureMessage", At(1)},
			call{sentryScope + "SetTag", From(1)}, call{sentryScope + "SetTags", At(1)},
			call{sentryScope + "SetFingerprint", At(1)}, call{sentryScope + "SetRequestBody", At(1)},
			call{sentrySpan + "SetTag", From(1)}, call{sentryLogger + "Write", At(1)}),
		// Errors and recovered values; Sentry's logs: a LogEntry emits its
		// attributes with its message.
		sinksAt(Export, Fmt,
			call{sentryPkg + "CaptureException", At(0)}, call{sentryHub + "CaptureException", At(1)},
			call{sentryClient + "CaptureException", At(1)}, call{sentryHub + "Recover", At(1)},
			call{sentryHub + "RecoverWithContext", At(2)},
			call{sentryEntry + "Emit", All()}, call{sentryEntry + "Emitf", All()}),
		// Events, breadcrumbs, users, contexts and span data, encoded as JSON.
		sinksAt(Export, JSON,
			call{sentryPkg + "CaptureEvent", At(0)}, call{sentryPkg + "AddBreadcrumb", At(0)},
			call{sentryHub + "CaptureEvent", At(1)}, call{sentryHub + "CaptureEventWithHint", At(1)},
			call{sentryHub + "AddBreadcrumb", At(1)}, call{sentryClient + "CaptureEvent", At(1)},
			call{sentryScope + "SetUser", At(1)}, call{sentryScope + "SetContext", From(1)},
			call{sentryScope + "SetContexts", At(1)}, call{sentryScope + "AddBreadcrumb", At(1)},
			call{sentrySpan + "SetData", From(1)}, call{sentrySpan + "SetContext", From(1)}),
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
