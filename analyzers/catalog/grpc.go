package catalog

// google.golang.org/grpc: the request messages of client calls, through
// ClientConn.Invoke, streams, or a generated client stub (recognised by
// its trailing ...grpc.CallOption), and outgoing metadata, are
// transmitted; what a server stream sends, its headers and trailers, and
// status errors are responses to the caller.

const (
	grpcPkg = "google.golang.org/grpc."
	grpcLog = "google.golang.org/grpc/grpclog."
	// grpclog.LoggerV2 and DepthLoggerV2 (what grpclog.Component returns)
	// are defined from these interfaces, which declare the methods.
	grpcLogger      = "(google.golang.org/grpc/grpclog/internal.LoggerV2)."
	grpcDepthLogger = "(google.golang.org/grpc/grpclog/internal.DepthLoggerV2)."
)

// grpcLogPrints are grpclog's printing functions, and LoggerV2's methods.
var grpcLogPrints = []string{"Info", "Infof", "Infoln", "Warning", "Warningf", "Warningln",
	"Error", "Errorf", "Errorln", "Fatal", "Fatalf", "Fatalln"}

// grpcLogDepths print their arguments after a call depth.
var grpcLogDepths = []string{"InfoDepth", "WarningDepth", "ErrorDepth", "FatalDepth"}

var grpcTable = register(Table{
	Package: "google.golang.org/grpc", Name: "gRPC", Cases: "grpcleaks",
	Sinks: concat(
		sinksOf([]string{"(*" + grpcPkg + "ClientConn).Invoke", "(" + grpcPkg + "ClientConnInterface).Invoke"}, Transmit, At(3), JSON),
		sinksOf([]string{grpcPkg + "Invoke"}, Transmit, At(2), JSON),
		sinksOf([]string{"(" + grpcPkg + "ClientStream).SendMsg",
			"(" + grpcPkg + "ClientStreamingClient[Req, Res any]).Send",
			"(" + grpcPkg + "BidiStreamingClient[Req, Res any]).Send"}, Transmit, At(1), JSON),
		sinksOf([]string{"(" + grpcPkg + "ServerStream).SendMsg",
			"(" + grpcPkg + "ServerStreamingServer[Res any]).Send",
			"(" + grpcPkg + "BidiStreamingServer[Req, Res any]).Send",
			"(" + grpcPkg + "ClientStreamingServer[Req, Res any]).SendAndClose"}, Respond, At(1), JSON),
		sinksOf(each(grpcPkg, "SetHeader", "SendHeader", "SetTrailer"), Respond, At(1), Raw),
		sinksOf([]string{"(" + grpcPkg + "ServerStream).SetHeader", "(" + grpcPkg + "ServerStream).SendHeader", "(" + grpcPkg + "ServerStream).SetTrailer"}, Respond, At(1), Raw),
		// Outgoing metadata travels as request headers.
		[]Sink{
			{Func: "google.golang.org/grpc/metadata.AppendToOutgoingContext", Kind: Transmit, Data: From(1)},
			{Func: "google.golang.org/grpc/metadata.NewOutgoingContext", Kind: Transmit, Data: At(1)},
		},
		// A status error's message is sent to the caller when a handler
		// returns it.
		sinksOf(each("google.golang.org/grpc/status.", "Error", "Errorf", "New", "Newf"), Respond, From(1), Fmt),
		// grpclog is nested in the modelled module: without rows its
		// calls would be neither analysed nor reported.
		sinksOf(each(grpcLog, append(grpcLogPrints, "Print", "Printf", "Println")...), Log, All(), Fmt),
		sinksOf(each(grpcLog, grpcLogDepths...), Log, From(1), Fmt),
		sinksOf(each(grpcLogger, grpcLogPrints...), Log, From(1), Fmt),
		sinksOf(each(grpcDepthLogger, grpcLogDepths...), Log, From(2), Fmt),
	),
	// A server's implementation of a generated service embeds the
	// generated Unimplemented...Server stub, which protoc-gen-go-grpc
	// makes required by its mustEmbedUnimplemented...Server method: what
	// the service's unary methods return is the response.
	Served: []ServedEmbed{{Marker: "mustEmbedUnimplemented", What: "a gRPC method", Printer: JSON}},
	Destinations: []Destination{
		// Streams are used through SendMsg and Send (above); naming them
		// keeps their ...CallOption from making them request sinks.
		{"(*" + grpcPkg + "ClientConn).NewStream", Transmit},
		{"(" + grpcPkg + "ClientConnInterface).NewStream", Transmit},
		{grpcPkg + "NewClientStream", Transmit},
	},
	SignatureSinks: []SignatureSink{
		// A generated client stub: func (c *fooClient) M(ctx, in *Req, opts ...grpc.CallOption).
		{VariadicOf: "google.golang.org/grpc.CallOption", Kind: Transmit, Data: At(1), Printer: JSON},
	},
	Propagators: concat(
		propagate(each("google.golang.org/grpc/metadata.", "Pairs", "New", "Join"), All(), Results, Raw),
		propagate(each("(google.golang.org/grpc/metadata.MD).", "Set", "Append"), From(1), Receiver, Raw),
		// The error (or status) carries its message to whatever logs it.
		[]Propagator{
			{Func: "google.golang.org/grpc/status.Error", From: From(1), Into: Results, ErrorToo: true, Printer: Fmt},
			{Func: "google.golang.org/grpc/status.Errorf", From: From(1), Into: Results, ErrorToo: true, Printer: Fmt},
			{Func: "google.golang.org/grpc/status.New", From: From(1), Into: Results, Printer: Fmt},
			{Func: "google.golang.org/grpc/status.Newf", From: From(1), Into: Results, Printer: Fmt},
			{Func: "(*google.golang.org/grpc/internal/status.Status).Err", From: All(), Into: Results, ErrorToo: true},
			{Func: "(*google.golang.org/grpc/internal/status.Status).Message", From: All(), Into: Results},
		},
	),
})
