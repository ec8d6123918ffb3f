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
	Package: "github.com/gofiber/fiber/v2",
	Name:    "fiber",
	Cases:   "fiberleaks",
	RequestReads: concat(
		readsInto([]string{fiberCtx + "BodyParser"}, 1),
		[]RequestRead{{Func: fiberCtx + "Body", Into: Results, Of: At()}},
	),
	Sinks: concat(
		sinksOf(each(fiberCtx, "JSON", "JSONP", "XML"), Respond, At(1), JSON),
		sinksOf(each(fiberCtx, "Send", "SendString", "SendStream", "Write", "WriteString"), Respond, At(1), Raw),
		[]Sink{
			{Func: fiberCtx + "Writef", Kind: Respond, Data: From(1), Printer: Fmt},
			{Func: fiberCtx + "Format", Kind: Respond, Data: At(1), Printer: Fmt},
			{Func: fiberCtx + "Render", Kind: Respond, Data: At(2), Printer: Fmt},
			{Func: fiberCtx + "Set", Kind: Respond, Data: At(2)},
			{Func: fiberCtx + "Append", Kind: Respond, Data: From(2)},
			{Func: fiberCtx + "Cookie", Kind: Respond, Data: At(1)},
			{Func: fiberCtx + "Attachment", Kind: Respond, Data: From(1)},
			{Func: fiberCtx + "Download", Kind: Respond, Data: From(2)},
			{Func: "github.com/gofiber/fiber/v2.NewError", Kind: Respond, Data: From(1)},
		},
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
	},
})
