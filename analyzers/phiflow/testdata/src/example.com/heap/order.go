package heap

import (
	"bytes"
	"encoding/json"
	"log"
	"os"
	"strings"
)

// A later write is not seen by an earlier read: a buffer, a builder, a
// field or an element logged before the data is written into it held
// nothing then.

type Note struct {
	Title string
	Body  string
}

func BufferBefore(p *Patient) string {
	var buf bytes.Buffer
	buf.WriteString("start ")
	log.Print(buf.String()) // clean: the name is written afterwards
	buf.WriteString(p.Name)
	return buf.String()
}

func BufferAfter(p *Patient) {
	var buf bytes.Buffer
	buf.WriteString(p.Name)
	log.Print(buf.String()) // want `Patient.Name`
}

func BuilderBefore(p *Patient) string {
	var b strings.Builder
	b.WriteString("x")
	log.Print(b.String()) // clean: the name is written afterwards
	b.WriteString(p.Name)
	return b.String()
}

func FieldBefore(p *Patient) *Note {
	n := &Note{Title: "t"}
	log.Print(n.Body) // clean: the body is set afterwards
	n.Body = p.Name
	return n
}

func FieldAfter(p *Patient) {
	n := &Note{Title: "t"}
	n.Body = p.Name
	log.Print(n.Body) // want `Patient.Name`
}

func ElementBefore(p *Patient) []string {
	s := []string{"a"}
	log.Print(s[0]) // clean: the element is set afterwards
	s[0] = p.Name
	return s
}

// In a loop, what one iteration writes is there at the start of the next.
func LoopCarried(ps []*Patient) {
	n := &Note{}
	for _, p := range ps {
		log.Print(n.Body) // want `Patient.Name`
		n.Body = p.Name
	}
}

// A write on one branch is not seen on the other; after they join, it is.
func Branches(p *Patient, full bool) {
	n := &Note{}
	if full {
		n.Body = p.Name
	} else {
		log.Print(n.Body) // clean: only the other branch wrote the name
	}
	log.Print(n.Body) // want `Patient.Name`
}

// A literal may run at any time after it is made: its writes are seen
// everywhere in the function that makes it.
func LiteralWrites(p *Patient) {
	n := &Note{}
	fill := func() { n.Body = p.Name }
	log.Print(n.Body) // want `Patient.Name`
	fill()
}

// A deferred call's arguments are evaluated where it stands; what it
// reads through a pointer, it reads when the function returns.
func DeferredValue(p *Patient) {
	n := &Note{}
	defer log.Print(n.Body) // clean: the body is read at the defer statement
	n.Body = p.Name
}

func DeferredPointer(p *Patient) {
	n := &Note{}
	defer json.NewEncoder(os.Stdout).Encode(n) // want `Patient.Name`
	n.Body = p.Name
}

// A pointer linked into another record before the write shows the write
// through the link.
type Envelope struct {
	Note *Note
}

func LinkedBefore(p *Patient) {
	n := &Note{}
	e := &Envelope{Note: n}
	n.Body = p.Name
	b, _ := json.Marshal(e)
	log.Print(string(b)) // want `Patient.Name`
}

// A struct read from a map before a record with the name is put there.
func MapValueBefore(p *Patient) map[string]Note {
	m := map[string]Note{}
	log.Print(m["latest"].Body) // clean: the note is put afterwards
	m["latest"] = Note{Body: p.Name}
	return m
}
