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
