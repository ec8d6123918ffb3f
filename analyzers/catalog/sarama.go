package catalog

// github.com/IBM/sarama: messages sent by a sync producer, or put on an
// async producer's input channel (producer.Input() <- msg).

var saramaTable = register(Table{
	Package: "github.com/IBM/sarama", Name: "Sarama", Cases: "saramaleaks",
	Sinks:        sinksOf(each("(github.com/IBM/sarama.SyncProducer).", "SendMessage", "SendMessages"), Transmit, At(1), Raw),
	Destinations: []Destination{{"(github.com/IBM/sarama.AsyncProducer).Input", Transmit}},
})
