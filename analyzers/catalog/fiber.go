package catalog

// github.com/gofiber/fiber/v2: responses written through *fiber.Ctx (an
// io.Writer too), and errors, whose message the default error handler
// sends to the caller.

const fiberCtx = "(*github.com/gofiber/fiber/v2.Ctx)."

var fiberTable = Table{
	Package: "github.com/gofiber/fiber/v2",
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
	),
	URLs:             []URL{{fiberCtx + "Redirect", 1}, {fiberCtx + "Location", 1}},
	DestinationTypes: []DestinationType{{"*github.com/gofiber/fiber/v2.Ctx", Respond}},
	Propagators: []Propagator{
		{Func: "github.com/gofiber/fiber/v2.NewError", From: From(1), Into: Results},
	},
}
