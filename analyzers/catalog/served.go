package catalog

// A ServedEmbed recognises the implementations of a framework's generated
// service interface: the framework calls their methods with the caller's
// request and sends what they return back as the response. A struct is
// one when it embeds a type (the generated stub of unimplemented methods)
// that has a method whose name starts with Marker; its methods that
// shadow the stub's are the service's methods. Their non-error results
// are sent to the caller as Printer shows them, their error's message
// too, and their parameters other than the receiver and a
// context.Context hold the caller's request: the caller's own data
// (contract §3), which the response may carry back.
type ServedEmbed struct {
	Marker  string  // "mustEmbedUnimplemented"
	What    string  // how messages name such a method: "a gRPC method"
	Printer Printer // how the response shows a returned value
}

// ServedEmbeds returns the catalog's ServedEmbed rows.
func (c *Catalog) ServedEmbeds() []ServedEmbed { return c.served }

// A ServedHandler recognises a framework's handlers by their signature:
// a function with a parameter of one of Requests and a result of one of
// Responses ("pkg/path.Name") is called by the framework, which sends
// what it returns back to the caller (an AWS Lambda handler answering an
// API Gateway request); a helper that only builds a response takes no
// request. Its
// returns are respond sinks as a ServedEmbed method's are; its
// parameters of the Requests types hold the caller's request, the
// caller's own data.
type ServedHandler struct {
	Responses []string
	Requests  []string
	What      string
	Printer   Printer
}

// ServedHandlers returns the catalog's ServedHandler rows.
func (c *Catalog) ServedHandlers() []ServedHandler { return c.servedHandlers }

// A HandlerError recognises a web framework's handlers that return an
// error which the framework hands to its error handler, and says what
// that error handler does with it. A handler is a function with a
// parameter of type Handler (or a pointer to it), no error parameter (an
// error handler takes one), and error as its last result. An app may set
// its own error handler in the struct field Hook ("pkg/path.Type.Field"),
// a function receiving the error as its parameter HookErr; where the
// analysed program sets one, what that function does with the error is
// what the handler's returned error reaches. Where it sets none, the
// framework's default does: DefaultSends says it answers the caller with
// any error's message (fiber), not only those of the framework's own
// errors (echo, whose NewHTTPError is a sink row of its own). An error a
// function of Own builds (fiber.NewError) is judged where it is built,
// by its own sink row: its return is no second flow.
type HandlerError struct {
	Handler      string
	Hook         string
	HookErr      int
	DefaultSends bool
	Own          []string
	What         string // how messages name such a handler: "a fiber handler"
}

// HandlerErrors returns the catalog's HandlerError rows.
func (c *Catalog) HandlerErrors() []HandlerError { return c.handlerErrors }

// IsErrorHook reports whether field ("pkg/path.Type.Field") is the hook
// of a HandlerError row.
func (c *Catalog) IsErrorHook(field string) bool {
	for _, h := range c.handlerErrors {
		if h.Hook == field {
			return true
		}
	}
	return false
}
