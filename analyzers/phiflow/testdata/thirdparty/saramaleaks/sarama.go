// Package saramaleaks has the cases of github.com/IBM/sarama.
package saramaleaks

import (
	"github.com/IBM/sarama"

	"example.com/thirdparty/model"
)

// Producers: messages sent by a producer are transmitted.
func Producers(sp sarama.SyncProducer, ap sarama.AsyncProducer, p *model.Patient) {
	sp.SendMessage(&sarama.ProducerMessage{Topic: "patients", Value: sarama.StringEncoder(p.Name)}) // want "PHI1003"
	sp.SendMessage(&sarama.ProducerMessage{Topic: "patients", Value: sarama.StringEncoder(p.ID)})
	sp.SendMessages([]*sarama.ProducerMessage{{Topic: "patients", Key: sarama.StringEncoder(p.NHSNumber)}}) // want "PHI1003"
	sp.SendMessages([]*sarama.ProducerMessage{{Topic: "patients", Key: sarama.StringEncoder(p.ID)}})
	ap.Input() <- &sarama.ProducerMessage{Topic: "patients", Value: sarama.ByteEncoder(p.Photo)} // want "PHI1003"
	ap.Input() <- &sarama.ProducerMessage{Topic: "patients", Value: sarama.ByteEncoder(p.ID)}
	if model.Allowed(p) {
		sp.SendMessage(&sarama.ProducerMessage{Topic: "patients", Value: sarama.StringEncoder(p.Name)})
	}
	ap.Input() <- &sarama.ProducerMessage{Topic: "patients", Value: sarama.StringEncoder(model.Redact(p.Name))}
}

// Queue holds a producer's input channel.
type Queue struct {
	in chan<- *sarama.ProducerMessage
}

// Queued: the input channel, held in a struct, leads to Kafka whatever
// else has been sent on it.
func Queued(ap sarama.AsyncProducer, p *model.Patient) {
	q := Queue{in: ap.Input()}
	q.in <- &sarama.ProducerMessage{Topic: "patients", Value: sarama.StringEncoder(p.ID)}
	q.in <- &sarama.ProducerMessage{Topic: "patients", Value: sarama.StringEncoder(p.Name)} // want "PHI1003"
}
