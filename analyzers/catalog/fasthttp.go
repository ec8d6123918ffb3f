package catalog

// github.com/valyala/fasthttp: the server under fiber. A handler answers
// through its *fasthttp.RequestCtx (an io.Writer too), or through the
// *fasthttp.Response it holds (fiber's Ctx.Response): the body set,
// appended or streamed there, and what the writer BodyWriter returns
// writes, are sent to the caller. The library is analysed: its client
// writes to the server's connection, which its code shows.

const (
	fasthttpPkg      = "github.com/valyala/fasthttp."
	fasthttpResponse = "(*" + fasthttpPkg + "Response)."
	fasthttpCtx      = "(*" + fasthttpPkg + "RequestCtx)."
)

var fasthttpTable = register(Table{
	Package: "github.com/valyala/fasthttp", Analysed: true, Name: "fasthttp", Cases: "fasthttpleaks",
	Sinks: concat(
		sinksOf(each(fasthttpResponse, "SetBody", "SetBodyString", "SetBodyRaw", "AppendBody", "AppendBodyString",
			"SetBodyStream"), Respond, At(1), Raw),
		sinksOf(each(fasthttpCtx, "SetBody", "SetBodyString", "SetBodyStream", "Write", "WriteString", "Error"),
			Respond, At(1), Raw),
		sinksOf(each(fasthttpCtx, "Success", "SuccessString"), Respond, At(2), Raw),
	),
	URLs:             []URL{{fasthttpCtx + "Redirect", 1}},
	Destinations:     []Destination{{fasthttpResponse + "BodyWriter", Respond}},
	DestinationTypes: []DestinationType{{"*" + fasthttpPkg + "RequestCtx", Respond}},
})
