package catalog

// github.com/segmentio/kafka-go: messages written to Kafka.

const kafkaConn = "(*github.com/segmentio/kafka-go.Conn)."

var kafkaTable = register(Table{
	Package: "github.com/segmentio/kafka-go", Name: "kafka-go", Cases: "kafkaleaks",
	Sinks: sinksAt(Transmit, Raw,
		call{"(*github.com/segmentio/kafka-go.Writer).WriteMessages", From(2)},
		call{kafkaConn + "WriteMessages", From(1)}, call{kafkaConn + "WriteCompressedMessages", From(2)},
		call{kafkaConn + "Write", At(1)}, call{"(*github.com/segmentio/kafka-go.Client).Produce", At(2)}),
	// The records of a ProduceRequest are built from bytes.
	Propagators: propagate(each("github.com/segmentio/kafka-go.", "NewBytes", "NewRecordReader"), All(), Results, Raw),
})
