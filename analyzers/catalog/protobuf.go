package catalog

// google.golang.org/protobuf: a generated message's String method
// (protoimpl.X.MessageStringOf) and the wire, text and JSON encoders
// render every field the message has, set by the code or decoded; the
// analysis cannot follow them through protoreflect. What they return is
// made of the message as encoding/json shows a struct: its exported
// fields. The decoders fill the message they are given with the bytes
// they read. The wire format (proto.Marshal) is what a queue or a gRPC
// peer is sent, so its bytes carry the message as the others do.

const (
	protoPkg        = "google.golang.org/protobuf/proto."
	protoImplExport = "(google.golang.org/protobuf/internal/impl.Export)."
	protojsonPkg    = "google.golang.org/protobuf/encoding/protojson."
	prototextPkg    = "google.golang.org/protobuf/encoding/prototext."
)

var protobufTable = register(Table{
	Package: "google.golang.org/protobuf/proto, google.golang.org/protobuf/internal/impl, google.golang.org/protobuf/encoding/protojson, google.golang.org/protobuf/encoding/prototext",
	Name:    "protobuf", Cases: "protobufleaks",
	Propagators: concat(
		[]Propagator{{Func: protoImplExport + "MessageStringOf", From: At(1), Into: Results, Printer: JSON}},
		protoWireEncoders(),
		protoEncoders(protojsonPkg),
		protoEncoders(prototextPkg),
	),
})

// protoWireEncoders are the rows of the wire format's encoder and
// decoder (package proto), whose options have no Format.
func protoWireEncoders() []Propagator {
	opts := "(" + protoPkg + "MarshalOptions)."
	unopts := "(" + protoPkg + "UnmarshalOptions)."
	return []Propagator{
		{Func: protoPkg + "Marshal", From: At(0), Into: Results, Printer: JSON},
		{Func: opts + "Marshal", From: At(1), Into: Results, Printer: JSON},
		{Func: opts + "MarshalAppend", From: At(1, 2), Into: Results, Printer: JSON},
		{Func: protoPkg + "Unmarshal", From: At(0), Into: 1},
		{Func: unopts + "Unmarshal", From: At(1), Into: 2},
	}
}

// protoEncoders are the rows of protojson or prototext, whose APIs are
// the same.
func protoEncoders(pkg string) []Propagator {
	opts := "(" + pkg + "MarshalOptions)."
	unopts := "(" + pkg + "UnmarshalOptions)."
	return []Propagator{
		{Func: pkg + "Format", From: At(0), Into: Results, Printer: JSON},
		{Func: pkg + "Marshal", From: At(0), Into: Results, Printer: JSON},
		{Func: opts + "Format", From: At(1), Into: Results, Printer: JSON},
		{Func: opts + "Marshal", From: At(1), Into: Results, Printer: JSON},
		{Func: opts + "MarshalAppend", From: At(1, 2), Into: Results, Printer: JSON},
		{Func: pkg + "Unmarshal", From: At(0), Into: 1},
		{Func: unopts + "Unmarshal", From: At(1), Into: 2},
	}
}
