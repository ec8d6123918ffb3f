// Package notify sends text messages to patients through the SMS gateway.
package notify

import (
	"strings"
	"sync"
	"time"

	"example.com/clinic/consent"
	"example.com/clinic/model"
)

// Message is one text message handed to the gateway.
type Message struct {
	To   string
	Text string
	At   time.Time
}

// Gateway stands in for the SMS provider's SDK.
type Gateway struct {
	mu   sync.Mutex
	sent []Message
}

// SendSMS hands a text message to the provider. phivet.yaml declares it a
// transmit sink.
func (g *Gateway) SendSMS(to, text string) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.sent = append(g.sent, Message{To: to, Text: text, At: time.Now()})
	return nil
}

// Reminder texts the patient a reminder of an appointment. phivet.yaml marks
// it as requiring an audit: each caller records the disclosure first.
func Reminder(g *Gateway, p *model.Patient, a model.Appointment) error {
	return g.SendSMS(p.Phone, "Reminder: "+a.Clinic+" clinic, "+a.Slot.Format("Mon 2 Jan 15:04")) // clean: the body of a requires function is taken as guarded
}

// ResultsReady tells the patient that their test results are back.
func ResultsReady(g *Gateway, p *model.Patient) error {
	_ = consent.Allowed(p, consent.DirectCare)                                              // leak: PHI2001 the check's result is thrown away
	return g.SendSMS(p.Phone, "Your "+strings.Join(p.Diagnoses, ", ")+" results are ready") // leak: PHI1003 diagnosis in a text message with no check or audit
}
