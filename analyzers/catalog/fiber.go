package catalog

// github.com/gofiber/fiber/v2: responses written through *fiber.Ctx (an
// io.Writer too), errors, whose message the default error handler sends
// to the caller, and the logger of github.com/gofiber/fiber/v2/log.

const (
	fiberCtx = "(*github.com/gofiber/fiber/v2.Ctx)."
	fiberLog = "github.com/gofiber/fiber/v2/log."
)

// fiberLevels are the levels of fiber's log, each with a print, a printf
// and a key/value method (Info, Infof, Infow).
var fiberLevels = []string{"Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Panic"}

// fiberLogs returns the names formed from prefix, every level and suffix.
func fiberLogs(prefix, suffix string) []string {
	return perName(fiberLevels, func(l string) string { return prefix + l + suffix })
}

var fiberTable = register(Table{
	Package: "github.com/gofiber/fiber/v2", Name: "fiber", Cases: "fiberleaks",
	RequestReads: concat(
		readsInto(each(fiberCtx, "BodyParser", "QueryParser", "ParamsParser"), 1),
		// The URL's path and query and the form: what the caller sent,
		// as net/http's are. Not the header, which a gateway may set.
		readsResults(each(fiberCtx, "Params", "ParamsInt", "AllParams", "Query", "QueryInt", "QueryFloat",
			"QueryBool", "Queries", "FormValue")),
		[]RequestRead{{Func: fiberCtx + "Body", Into: Results, Of: At()}},
	),
	Sinks: concat(
		sinksOf(each(fiberCtx, "JSON", "JSONP", "XML"), Respond, At(1), JSON),
		sinksOf(each(fiberCtx, "Send", "SendString", "SendStream", "Write", "WriteString"), Respond, At(1), Raw),
		sinksAt(Respond, Fmt, call{fiberCtx + "Writef", From(1)}, call{fiberCtx + "Format", At(1)}, call{fiberCtx + "Render", At(2)}),
		sinksAt(Respond, Raw,
			call{fiberCtx + "Set", At(2)}, call{fiberCtx + "Append", From(2)}, call{fiberCtx + "Cookie", At(1)},
			call{fiberCtx + "Attachment", From(1)}, call{fiberCtx + "Download", From(2)},
			call{"github.com/gofiber/fiber/v2.NewError", From(1)}),
		// The package functions log through the default logger; the
		// methods are those of the interfaces log.WithContext returns.
		sinksOf(concat(fiberLogs(fiberLog, ""), fiberLogs(fiberLog, "f"), fiberLogs(fiberLog, "w")), Log, All(), Fmt),
		sinksOf(concat(fiberLogs("("+fiberLog+"Logger).", ""), fiberLogs("("+fiberLog+"FormatLogger).", "f"),
			fiberLogs("("+fiberLog+"WithLogger).", "w")), Log, From(1), Fmt),
	),
	URLs:             []URL{{fiberCtx + "Redirect", 1}, {fiberCtx + "Location", 1}},
	DestinationTypes: []DestinationType{{"*github.com/gofiber/fiber/v2.Ctx", Respond}},
	Propagators: []Propagator{
		{Func: "github.com/gofiber/fiber/v2.NewError", From: From(1), Into: Results},
		// Locals keeps a value under its key when given one, and returns
		// what is kept under the key it names.
		{Func: fiberCtx + "Locals", From: At(2), Into: Receiver, Slot: &Slot{Arg: 1}},
		{Func: fiberCtx + "Locals", From: At(0), Into: Results, Slot: &Slot{Arg: 1}},
	},
	// A Ctx holds what handlers keep in it by key (Locals).
	ContextTypes: []string{"github.com/gofiber/fiber/v2.Ctx"},
	// DefaultErrorHandler answers err.Error() (status 500, or a
	// *fiber.Error's code) unless the app sets Config.ErrorHandler.
	HandlerErrors: []HandlerError{{
		Handler: "github.com/gofiber/fiber/v2.Ctx", Hook: "github.com/gofiber/fiber/v2.Config.ErrorHandler", HookErr: 1,
		DefaultSends: true, Own: []string{"github.com/gofiber/fiber/v2.NewError"}, What: "a fiber handler",
	}},
})
