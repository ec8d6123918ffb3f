package catalog

// github.com/labstack/echo/v4: responses written through echo.Context and
// *echo.Response, HTTP errors, whose message the default error handler
// sends to the caller, and the echo.Logger of an Echo or a Context.

const (
	echoCtx    = "(github.com/labstack/echo/v4.Context)."
	echoLogger = "(github.com/labstack/echo/v4.Logger)."
)

// echoLevels are the levels of echo.Logger, each with a print, a printf
// and a JSON-map method (Info, Infof, Infoj).
var echoLevels = []string{"Print", "Debug", "Info", "Warn", "Error", "Fatal", "Panic"}

// echoLogs returns the names of the printing functions with the given
// prefix (echo.Logger's methods, gommon/log's functions) whose suffix is
// one of suffixes ("", "f", "j").
func echoLogs(prefix string, suffixes ...string) []string {
	var out []string
	for _, l := range echoLevels {
		for _, s := range suffixes {
			out = append(out, prefix+l+s)
		}
	}
	return out
}

var echoTable = register(Table{
	Package: "github.com/labstack/echo/v4", Name: "echo", Cases: "echoleaks",
	// Bind decodes the request; the URL's path and query and the form
	// are what the caller sent, as net/http's are. Not the header, which
	// a gateway may set.
	RequestReads: concat(readsInto([]string{echoCtx + "Bind"}, 1),
		readsResults(each(echoCtx, "Param", "ParamValues", "QueryParam", "QueryParams", "QueryString",
			"FormValue", "FormParams"))),
	Sinks: concat(
		sinksOf(each(echoCtx, "JSON", "JSONPretty", "JSONP", "XML", "XMLPretty"), Respond, From(2), JSON),
		sinksOf(each(echoCtx, "JSONBlob", "JSONPBlob", "XMLBlob", "HTML", "HTMLBlob", "String", "Blob", "Stream"), Respond, From(2), Raw),
		[]Sink{
			{Func: echoCtx + "Render", Kind: Respond, Data: At(3), Printer: Fmt},
			{Func: echoCtx + "Attachment", Kind: Respond, Data: At(2)},
			{Func: echoCtx + "Inline", Kind: Respond, Data: At(2)},
			{Func: echoCtx + "SetCookie", Kind: Respond, Data: At(1)},
			{Func: "github.com/labstack/echo/v4.NewHTTPError", Kind: Respond, Data: From(1), Printer: JSON},
		},
		sinksOf(echoLogs(echoLogger, "", "f"), Log, From(1), Fmt),
		sinksOf(echoLogs(echoLogger, "j"), Log, At(1), JSON),
	),
	URLs: []URL{{echoCtx + "Redirect", 2}},
	Writers: []Writer{
		{Func: "(*github.com/labstack/echo/v4.Response).Write", Dest: 0, Data: At(1)},
	},
	Wrappers: []Wrapper{
		{"(*github.com/labstack/echo/v4.Response).Header", At(0)},
	},
	DestinationTypes: []DestinationType{{"*github.com/labstack/echo/v4.Response", Respond}},
	Propagators: []Propagator{
		// The error carries its message to whatever logs it.
		{Func: "github.com/labstack/echo/v4.NewHTTPError", From: From(1), Into: Results, Printer: JSON},
		// The context keeps each value under its key: Get gives what Set
		// put under the key it names.
		{Func: echoCtx + "Set", From: At(2), Into: Receiver, Slot: &Slot{Arg: 1}},
		{Func: echoCtx + "Get", From: At(0), Into: Results, Slot: &Slot{Arg: 1}},
	},
	// A Context holds what handlers keep in it by key.
	ContextTypes: []string{"github.com/labstack/echo/v4.Context"},
	// DefaultHTTPErrorHandler sends an *HTTPError's message (its
	// constructor is the sink above) and "Internal Server Error" for any
	// other error; apps often set Echo.HTTPErrorHandler to send
	// err.Error().
	HandlerErrors: []HandlerError{{
		Handler: "github.com/labstack/echo/v4.Context", Hook: "github.com/labstack/echo/v4.Echo.HTTPErrorHandler", HookErr: 0,
		Own: []string{"github.com/labstack/echo/v4.NewHTTPError"}, What: "an echo handler",
	}},
})
