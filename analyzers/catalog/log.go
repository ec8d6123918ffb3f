package catalog

var printNames = []string{"Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"}

var logTable = register(Table{
	Package: "log",
	Name:    "log",
	Sinks: concat(
		sinksOf(each("log.", printNames...), Log, All(), Fmt),
		// Methods: the receiver (index 0) is the logger, not data.
		sinksOf(each("(*log.Logger).", printNames...), Log, From(1), Fmt),
		sinksOf([]string{"(*log.Logger).Output", "log.Output"}, Log, All(), Raw),
	),
	// Fatal exits and Panic panics after printing.
	NoReturns: concat(
		each("log.", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"),
		each("(*log.Logger).", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"),
	),
})

// slogLevels print their arguments; slogContextLevels take a context
// first, which slog's handlers are given but do not print (a handler
// looks up what it wants in it, and a standard context's values carry
// nothing: contract §3).
var (
	slogLevels        = []string{"Debug", "Info", "Warn", "Error"}
	slogContextLevels = []string{"DebugContext", "InfoContext", "WarnContext", "ErrorContext", "Log", "LogAttrs"}
)

var slogTable = register(Table{
	Package: "log/slog", Name: "slog", Cases: "slogleaks",
	Sinks: concat(
		sinksOf(each("log/slog.", slogLevels...), Log, All(), Slog),
		sinksOf(each("log/slog.", slogContextLevels...), Log, From(1), Slog),
		// A logger made by With carries its attributes into every record,
		// so the receiver is data too. Variadic arguments are one slice
		// argument: (*Logger).LogAttrs is receiver, context, level,
		// message and attributes.
		sinksOf(each("(*log/slog.Logger).", slogLevels...), Log, All(), Slog),
		sinksOf(each("(*log/slog.Logger).", slogContextLevels...), Log, At(0, 2, 3, 4), Slog),
		// A handler that is handed a record emits it, with the attributes
		// WithAttrs gave it.
		sinksOf([]string{"(log/slog.Handler).Handle", "(*log/slog.JSONHandler).Handle", "(*log/slog.TextHandler).Handle",
			"(*log/slog.MultiHandler).Handle"}, Log, At(0, 2), Slog),
	),
	Propagators: concat(
		// Attribute and value constructors carry data to the call that logs it.
		propagate(each("log/slog.", "String", "Any", "Int", "Int64", "Uint64", "Float64", "Bool", "Time", "Duration", "Group", "GroupAttrs",
			"StringValue", "AnyValue", "IntValue", "Int64Value", "Uint64Value", "Float64Value", "BoolValue", "TimeValue", "DurationValue", "GroupValue"), All(), Results, Slog),
		// Handlers and loggers built from handlers carry the attributes
		// given to WithAttrs into every record they emit.
		propagate(each("log/slog.", "New", "NewMultiHandler", "NewRecord"), All(), Results, Slog),
		propagate([]string{"(log/slog.Handler).WithAttrs", "(log/slog.Handler).WithGroup", "(*log/slog.JSONHandler).WithAttrs",
			"(*log/slog.JSONHandler).WithGroup", "(*log/slog.TextHandler).WithAttrs", "(*log/slog.TextHandler).WithGroup",
			"(*log/slog.MultiHandler).WithAttrs", "(*log/slog.MultiHandler).WithGroup", "(*log/slog.Logger).Handler", "(log/slog.Record).Clone"}, All(), Results, Slog),
		propagate(each("(*log/slog.Logger).", "With", "WithGroup"), All(), Results, Slog),
		propagate([]string{"log/slog.With"}, All(), Results, Slog),
		propagate(each("(*log/slog.Record).", "Add", "AddAttrs"), From(1), Receiver, Slog),
		propagate(each("(log/slog.Value).", "Any", "String", "Resolve", "Group"), At(0), Results, Slog),
	),
})

// Fmt is fmt's verbs: a value's Format, Error or String method
// speaks for it; without one, every field shows, exported or not.
var Fmt = newPrinter(PrinterSpec{
	Name:    "fmt",
	Doc:     "Format, Error, String",
	Methods: []Method{{"Format", 1}, {"Error", -1}, {"String", -1}},
})

// Slog is log/slog's: LogValue, then as fmt.
var Slog = newPrinter(PrinterSpec{
	Name:          "slog",
	Doc:           "LogValue, then as fmt",
	Methods:       append([]Method{{"LogValue", -1}}, Fmt.Methods()...),
	SelfRendering: true,
})

var fmtTable = register(Table{
	Package: "fmt",
	Sinks:   sinksOf(each("fmt.", "Print", "Printf", "Println"), Log, All(), Fmt),
	Writers: writersOf(each("fmt.", "Fprint", "Fprintf", "Fprintln"), 0, From(1), Fmt),
	Propagators: concat(
		propagate(each("fmt.", "Sprint", "Sprintf", "Sprintln", "Append", "Appendf", "Appendln"), All(), Results, Fmt),
		// fmt.Sscan and friends read from a string into their pointer
		// arguments; the data flows with it.
		[]Propagator{
			{Func: "fmt.Sscan", From: At(0), Into: 1},
			{Func: "fmt.Sscanf", From: At(0), Into: 2},
		},
	),
})
