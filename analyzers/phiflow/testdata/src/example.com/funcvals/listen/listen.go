// Package listen reads framed messages and hands each to a handler kept
// in a field: set by a constructor from its parameter, or by the caller
// directly, to a method value or a function of the same package.
package listen

import (
	"bufio"
	"log"
	"net"
)

// ReadFrame reads one message ended by a file separator.
//
//phi:source direct
func ReadFrame(r *bufio.Reader) ([]byte, error) { return r.ReadBytes(0x1c) }

// A constructor keeps its handler parameter in an unexported field.

type Listener struct {
	addr    string
	handler func(msg []byte)
}

func NewListener(addr string, h func([]byte)) *Listener { return &Listener{addr: addr, handler: h} }

func (l *Listener) read(c net.Conn) {
	r := bufio.NewReader(c)
	for {
		message, err := ReadFrame(r)
		if err != nil {
			return
		}
		l.handler(message) // want `ReadFrame\(\) \(direct\) reaches log sink log.Printf`
	}
}

// A second listener type, given a plain function.

type Tap struct{ sink func([]byte) }

func NewTap(sink func([]byte)) *Tap { return &Tap{sink: sink} }

func (t *Tap) Watch(c net.Conn) {
	if message, err := ReadFrame(bufio.NewReader(c)); err == nil {
		t.sink(message) // want `ReadFrame\(\) \(direct\) reaches log sink log.Println`
	}
}

// The caller sets an exported field itself.

type Poller struct{ OnMessage func([]byte) }

func (p *Poller) Poll(c net.Conn) {
	if message, err := ReadFrame(bufio.NewReader(c)); err == nil {
		p.OnMessage(message) // want `ReadFrame\(\) \(direct\) reaches log sink log.Printf`
	}
}

// Relay is only ever given handlers that keep the message to themselves.

type Relay struct{ deliver func([]byte) }

func NewRelay(deliver func([]byte)) *Relay { return &Relay{deliver: deliver} }

func (r *Relay) Forward(c net.Conn) {
	if message, err := ReadFrame(bufio.NewReader(c)); err == nil {
		r.deliver(message) // clean: every handler logs a constant or a length
	}
}

type Service struct{ received int }

func (s *Service) HandleMessage(msg []byte) {
	s.received++
	log.Printf("message %d: %s", s.received, msg)
}

func (s *Service) HandleLength(msg []byte) {
	s.received++
	log.Printf("message %d: %d bytes", s.received, len(msg))
}

func dump(msg []byte) { log.Println("message:", string(msg)) }

func acknowledge(msg []byte) { log.Print("message received") }

func Serve(c net.Conn) {
	svc := &Service{}
	NewListener(":2575", svc.HandleMessage).read(c)
	NewTap(dump).Watch(c)
	p := &Poller{OnMessage: svc.HandleMessage}
	p.Poll(c)
	NewRelay(svc.HandleLength).Forward(c)
	NewRelay(acknowledge).Forward(c)
}
