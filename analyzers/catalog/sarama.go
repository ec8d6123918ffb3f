package catalog

// github.com/IBM/sarama: messages sent by a sync producer, or put on an
// async producer's input channel (producer.Input() <- msg).

var saramaTable = register(Table{
	Package: "github.com/IBM/sarama",
	Name:    "Sarama",
	Cases:   "saramaleaks",
	Sinks: []Sink{
		{Func: "(github.com/IBM/sarama.SyncProducer).SendMessage", Kind: Transmit, Data: At(1)},
		{Func: "(github.com/IBM/sarama.SyncProducer).SendMessages", Kind: Transmit, Data: At(1)},
	},
	Destinations: []Destination{
		{"(github.com/IBM/sarama.AsyncProducer).Input", Transmit},
	},
})
