package catalog

// github.com/go-logr/logr: the Logger value (also klog's contextual
// logger) and the LogSink interface behind it.

const logrLogger = "(github.com/go-logr/logr.Logger)."

var logrTable = register(Table{
	Package: "github.com/go-logr/logr", Name: "logr", Cases: "logrleaks",
	Sinks: concat(
		// The receiver is data: WithValues puts key/value pairs into the
		// logger, which logs them with every message.
		sinksOf(each(logrLogger, "Info", "Error"), Log, All(), Fmt),
		sinksOf(each("(github.com/go-logr/logr.LogSink).", "Info", "Error"), Log, All(), Fmt),
	),
	Propagators: concat(
		propagate(each(logrLogger, "WithValues", "WithName", "V", "WithCallDepth", "WithSink"), All(), Results, Fmt),
		propagate(each("(github.com/go-logr/logr.LogSink).", "WithValues", "WithName"), All(), Results, Fmt),
		propagate([]string{"github.com/go-logr/logr.New"}, All(), Results, Fmt),
	),
})
