package catalog

// github.com/rabbitmq/amqp091-go: messages published to a RabbitMQ (AMQP
// 0-9-1) broker are transmissions, and so are the exchange and routing
// key they are published with (a routing key built from a patient's
// number goes to the broker and to every binding that logs it). Frames
// are written to the connection Open was given as an io.ReadWriteCloser,
// a destination the library's code does not name: the rows do.

const amqpChannel = "(*github.com/rabbitmq/amqp091-go.Channel)."

var amqpTable = register(Table{
	Package: "github.com/rabbitmq/amqp091-go", Name: "RabbitMQ", Cases: "amqpleaks",
	Sinks: sinksAt(Transmit, Raw,
		call{amqpChannel + "Publish", At(1, 2, 5)},
		call{amqpChannel + "PublishWithContext", At(2, 3, 6)},
		call{amqpChannel + "PublishWithDeferredConfirm", At(1, 2, 5)},
		call{amqpChannel + "PublishWithDeferredConfirmWithContext", At(2, 3, 6)}),
})
