package catalog

// github.com/getsentry/sentry-go: events, messages, exceptions, users,
// tags, contexts and breadcrumbs are exported to Sentry.

const (
	sentryPkg   = "github.com/getsentry/sentry-go."
	sentryHub   = "(*github.com/getsentry/sentry-go.Hub)."
	sentryScope = "(*github.com/getsentry/sentry-go.Scope)."
	sentrySpan  = "(*github.com/getsentry/sentry-go.Span)."
)

var sentryTable = Table{
	Package: "github.com/getsentry/sentry-go",
	Sinks: []Sink{
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
	},
	Propagators: propagate(each(sentryPkg, "WithDescription", "WithTransactionName", "WithOpName"), All(), Results, Raw),
}
