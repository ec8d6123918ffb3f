package catalog

// github.com/segmentio/kafka-go: messages written to Kafka.

var kafkaTable = register(Table{
	Package: "github.com/segmentio/kafka-go",
	Name:    "kafka-go",
	Cases:   "kafkaleaks",
	Sinks: []Sink{
		{Func: "(*github.com/segmentio/kafka-go.Writer).WriteMessages", Kind: Transmit, Data: From(2)},
		{Func: "(*github.com/segmentio/kafka-go.Conn).WriteMessages", Kind: Transmit, Data: From(1)},
		{Func: "(*github.com/segmentio/kafka-go.Conn).WriteCompressedMessages", Kind: Transmit, Data: From(2)},
		{Func: "(*github.com/segmentio/kafka-go.Conn).Write", Kind: Transmit, Data: At(1)},
		{Func: "(*github.com/segmentio/kafka-go.Client).Produce", Kind: Transmit, Data: At(2)},
	},
	// The records of a ProduceRequest are built from bytes.
	Propagators: propagate(each("github.com/segmentio/kafka-go.", "NewBytes", "NewRecordReader"), All(), Results, Raw),
})
