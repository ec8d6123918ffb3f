package catalog

// github.com/nats-io/nats.go (and its jetstream package): published
// messages and requests are transmissions (the subject too), and so is
// what is put in a key-value or object store (the key or name too); a
// reply to a request is a response to the caller.

const (
	natsConn = "(*github.com/nats-io/nats.go.Conn)."
	natsPkg  = "github.com/nats-io/nats.go."
	jsPkg    = "github.com/nats-io/nats.go/jetstream."
)

var natsTable = register(Table{
	Package: "github.com/nats-io/nats.go",
	Name:    "NATS",
	Cases:   "natsleaks",
	Sinks: concat(
		[]Sink{
			{Func: natsConn + "Publish", Kind: Transmit, Data: From(1)},
			{Func: natsConn + "PublishMsg", Kind: Transmit, Data: At(1)},
			{Func: natsConn + "PublishRequest", Kind: Transmit, Data: From(1)},
			{Func: natsConn + "Request", Kind: Transmit, Data: At(1, 2)},
			{Func: natsConn + "RequestWithContext", Kind: Transmit, Data: At(2, 3)},
			{Func: natsConn + "RequestMsg", Kind: Transmit, Data: At(1)},
			{Func: natsConn + "RequestMsgWithContext", Kind: Transmit, Data: At(2)},
			{Func: "(github.com/nats-io/nats.go.JetStream).Publish", Kind: Transmit, Data: At(1, 2)},
			{Func: "(github.com/nats-io/nats.go.JetStream).PublishMsg", Kind: Transmit, Data: At(1)},
			{Func: "(github.com/nats-io/nats.go.JetStream).PublishAsync", Kind: Transmit, Data: At(1, 2)},
			{Func: "(github.com/nats-io/nats.go.JetStream).PublishMsgAsync", Kind: Transmit, Data: At(1)},
			{Func: "(github.com/nats-io/nats.go/jetstream.Publisher).Publish", Kind: Transmit, Data: At(2, 3)},
			{Func: "(github.com/nats-io/nats.go/jetstream.Publisher).PublishMsg", Kind: Transmit, Data: At(2)},
			{Func: "(github.com/nats-io/nats.go/jetstream.Publisher).PublishAsync", Kind: Transmit, Data: At(1, 2)},
			{Func: "(github.com/nats-io/nats.go/jetstream.Publisher).PublishMsgAsync", Kind: Transmit, Data: At(1)},
			{Func: "(*github.com/nats-io/nats.go.Msg).Respond", Kind: Respond, Data: At(1)},
			{Func: "(*github.com/nats-io/nats.go.Msg).RespondMsg", Kind: Respond, Data: At(1)},
		},
		sinksOf(each("("+natsPkg+"KeyValue).", "Put", "PutString", "Create", "Update"), Transmit, At(1, 2), Raw),
		sinksOf(each("("+natsPkg+"ObjectStore).", "Put", "PutBytes", "PutString"), Transmit, At(1, 2), Raw),
		// jetstream's stores take a context first.
		sinksOf(each("("+jsPkg+"KeyValue).", "Put", "PutString", "Create", "Update"), Transmit, At(2, 3), Raw),
		sinksOf(each("("+jsPkg+"ObjectStore).", "Put", "PutBytes", "PutString"), Transmit, At(2, 3), Raw),
	),
	Propagators: propagate(each("(github.com/nats-io/nats.go.Header).", "Set", "Add"), From(1), Receiver, Raw),
})
