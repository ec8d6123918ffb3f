package catalog

// github.com/nats-io/nats.go (and its jetstream package): published
// messages and requests are transmissions (the subject too), and so is
// what is put in a key-value or object store (the key or name too); a
// reply to a request is a response to the caller.

const (
	natsConn      = "(*github.com/nats-io/nats.go.Conn)."
	natsJetStream = "(github.com/nats-io/nats.go.JetStream)."
	natsPublisher = "(github.com/nats-io/nats.go/jetstream.Publisher)."
	natsMsg       = "(*github.com/nats-io/nats.go.Msg)."
	natsPkg       = "github.com/nats-io/nats.go."
	jsPkg         = "github.com/nats-io/nats.go/jetstream."
)

var natsTable = register(Table{
	Package: "github.com/nats-io/nats.go", Name: "NATS", Cases: "natsleaks",
	Sinks: concat(
		sinksAt(Transmit, Raw,
			call{natsConn + "Publish", From(1)}, call{natsConn + "PublishMsg", At(1)},
			call{natsConn + "PublishRequest", From(1)}, call{natsConn + "Request", At(1, 2)},
			call{natsConn + "RequestWithContext", At(2, 3)}, call{natsConn + "RequestMsg", At(1)},
			call{natsConn + "RequestMsgWithContext", At(2)},
			call{natsJetStream + "Publish", At(1, 2)}, call{natsJetStream + "PublishMsg", At(1)},
			call{natsJetStream + "PublishAsync", At(1, 2)}, call{natsJetStream + "PublishMsgAsync", At(1)},
			call{natsPublisher + "Publish", At(2, 3)}, call{natsPublisher + "PublishMsg", At(2)},
			call{natsPublisher + "PublishAsync", At(1, 2)}, call{natsPublisher + "PublishMsgAsync", At(1)}),
		sinksOf(each(natsMsg, "Respond", "RespondMsg"), Respond, At(1), Raw),
		sinksOf(each("("+natsPkg+"KeyValue).", "Put", "PutString", "Create", "Update"), Transmit, At(1, 2), Raw),
		sinksOf(each("("+natsPkg+"ObjectStore).", "Put", "PutBytes", "PutString"), Transmit, At(1, 2), Raw),
		// jetstream's stores take a context first.
		sinksOf(each("("+jsPkg+"KeyValue).", "Put", "PutString", "Create", "Update"), Transmit, At(2, 3), Raw),
		sinksOf(each("("+jsPkg+"ObjectStore).", "Put", "PutBytes", "PutString"), Transmit, At(2, 3), Raw),
	),
	Propagators: propagate(each("(github.com/nats-io/nats.go.Header).", "Set", "Add"), From(1), Receiver, Raw),
})
