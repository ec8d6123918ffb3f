package catalog

// github.com/nats-io/nats.go (and its jetstream package): published
// messages and requests are transmissions (the subject too); a reply to a
// request is a response to the caller.

const natsConn = "(*github.com/nats-io/nats.go.Conn)."

var natsTable = Table{
	Package: "github.com/nats-io/nats.go",
	Sinks: []Sink{
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
	Propagators: propagate(each("(github.com/nats-io/nats.go.Header).", "Set", "Add"), From(1), Receiver, Raw),
}
