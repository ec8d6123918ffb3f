// Package kafkaleaks has the cases of github.com/segmentio/kafka-go.
package kafkaleaks

import (
	"context"
	"encoding/json"

	"github.com/segmentio/kafka-go"

	"example.com/thirdparty/model"
)

// Producers: messages written to Kafka are transmitted.
func Producers(ctx context.Context, w *kafka.Writer, conn *kafka.Conn, c *kafka.Client, p *model.Patient) {
	b, _ := json.Marshal(p)
	w.WriteMessages(ctx, kafka.Message{Key: []byte(p.ID), Value: b}) // want "PHI1003"
	w.WriteMessages(ctx, kafka.Message{Key: []byte(p.ID), Value: []byte(p.Ward)})
	w.WriteMessages(ctx, kafka.Message{Headers: []kafka.Header{{Key: "nhs", Value: []byte(p.NHSNumber)}}}) // want "PHI1003"
	conn.WriteMessages(kafka.Message{Value: []byte(p.Name)})                                               // want "PHI1003"
	conn.WriteMessages(kafka.Message{Value: []byte(p.ID)})
	conn.WriteCompressedMessages(nil, kafka.Message{Value: []byte(p.Name)}) // want "PHI1003"
	conn.WriteCompressedMessages(nil, kafka.Message{Value: []byte(p.ID)})
	conn.Write([]byte(p.Name)) // want "PHI1003"
	conn.Write([]byte(p.ID))
	c.Produce(ctx, &kafka.ProduceRequest{Topic: "patients", Records: kafka.NewRecordReader(kafka.Record{Key: kafka.NewBytes([]byte(p.Name))})}) // want "PHI1003"
	c.Produce(ctx, &kafka.ProduceRequest{Topic: "patients", Records: kafka.NewRecordReader(kafka.Record{Key: kafka.NewBytes([]byte(p.ID))})})
	if model.Allowed(p) {
		w.WriteMessages(ctx, kafka.Message{Value: b})
	}
	w.WriteMessages(ctx, kafka.Message{Value: []byte(model.Redact(p.Name))})
}
