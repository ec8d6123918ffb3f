// Package paths checks field precision through parameters: a struct that
// holds identifiable data beside plain fields, handed to a helper that
// reads only a plain field, is clean; one that reads the identifiable
// field is not.
package paths

import "log"

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

type Msg struct {
	Body  string
	Topic string
}

type Envelope struct {
	Msg  Msg
	Sent bool
}

func logTopic(m *Msg) { log.Println(m.Topic) }
func logBody(m *Msg)  { log.Println(m.Body) }

func LogTopicValue(m Msg) { log.Println(m.Topic) }
func LogBodyValue(m Msg)  { log.Println(m.Body) }

func Topic(m *Msg) string { return m.Topic }

func logTopics(ms []Msg) {
	for _, m := range ms {
		log.Println(m.Topic)
	}
}

func logBodies(ms []Msg) {
	for _, m := range ms {
		log.Println(m.Body)
	}
}

func logEnvelopeTopic(e *Envelope) { log.Println(e.Msg.Topic) }
func logEnvelopeBody(e *Envelope)  { log.Println(e.Msg.Body) }

func Pointers(p *Patient) {
	m := &Msg{Body: p.Name, Topic: "admit"}
	logTopic(m) // clean: only the topic is logged
	logBody(m)  // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func Values(p *Patient) {
	m := Msg{Body: p.Name, Topic: "admit"}
	LogTopicValue(m) // clean: only the topic is logged
	LogBodyValue(m)  // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func Results(p *Patient) {
	m := &Msg{Body: p.Name, Topic: "admit"}
	log.Println(Topic(m)) // clean: Topic returns the topic
}

func Slices(p *Patient) {
	ms := []Msg{{Body: p.Name, Topic: "t"}}
	logTopics(ms) // clean: only topics
	logBodies(ms) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func Nested(p *Patient) {
	e := &Envelope{Msg: Msg{Body: p.Name, Topic: "t"}}
	logEnvelopeTopic(e) // clean: only the topic
	logEnvelopeBody(e)  // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func WholeStruct(p *Patient) {
	m := &Msg{Body: p.Name}
	logWhole(m) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

func logWhole(m *Msg) { log.Printf("%+v", m) }

// A helper that builds a struct and returns a pointer to it hands each
// field back apart, as it does for a struct returned by value.

func newMsg(p *Patient, topic string) *Msg {
	return &Msg{Body: p.Name, Topic: topic}
}

func NewMsg(p *Patient) (*Msg, error) {
	return &Msg{Body: p.Name, Topic: p.ID}, nil
}

func PointerResults(p *Patient) {
	m := newMsg(p, "admit")
	log.Println(m.Topic) // clean: the topic is not the name
	log.Println(m.Body)  // want `Patient.Name \(direct\) reaches log sink log.Println`
	n, _ := NewMsg(p)
	log.Println(n.Topic) // clean: an unmarked field
	log.Println(n.Body)  // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println(n)       // want `Patient.Name \(direct\) reaches log sink log.Println`
}

// A deferred call makes a function return through result slots; the
// fields of the struct a returned pointer points to stay apart all the
// same.

func newMsgDeferred(p *Patient, topic string) (*Msg, error) {
	defer log.Println("built")
	m := &Msg{Body: p.Name, Topic: topic}
	return m, nil
}

func DeferredPointerResults(p *Patient) {
	m, _ := newMsgDeferred(p, "admit")
	log.Println(m.Topic) // clean: the topic is not the name
	log.Println(m.Body)  // want `Patient.Name \(direct\) reaches log sink log.Println`
}
