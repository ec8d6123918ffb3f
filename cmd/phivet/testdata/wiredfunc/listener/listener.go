// Package listener reads framed messages from a connection and hands
// each to a function its caller chose. It imports neither the package
// that handles the messages nor the one that wires the two.
package listener

import (
	"bufio"
	"bytes"
	"net"
)

// ReadFrame reads one message ended by a file separator; phivet.yaml
// declares its result identifiable.
func ReadFrame(r *bufio.Reader) ([]byte, error) {
	b, err := r.ReadBytes(0x1c)
	return bytes.TrimSuffix(b, []byte{0x1c}), err
}

// Listener calls the handler its constructor was given, which keeps it
// in an unexported field.
type Listener struct {
	addr    string
	handler func(msg []byte)
}

func NewListener(addr string, h func([]byte)) *Listener {
	return &Listener{addr: addr, handler: h}
}

func (l *Listener) Serve() error {
	ln, err := net.Listen("tcp", l.addr)
	if err != nil {
		return err
	}
	for {
		c, err := ln.Accept()
		if err != nil {
			return err
		}
		go l.read(c)
	}
}

func (l *Listener) read(c net.Conn) {
	r := bufio.NewReader(c)
	for {
		message, err := ReadFrame(r)
		if err != nil {
			return
		}
		l.handler(message) // leak: PHI1001
	}
}

// Poller's caller sets its exported field itself.
type Poller struct {
	OnMessage func([]byte)
}

func (p *Poller) Poll(c net.Conn) {
	message, err := ReadFrame(bufio.NewReader(c))
	if err == nil {
		p.OnMessage(message) // leak: PHI1001
	}
}

// Tap hands each message to a function its constructor was given.
type Tap struct {
	sink func([]byte)
}

func NewTap(sink func([]byte)) *Tap { return &Tap{sink: sink} }

func (t *Tap) Watch(c net.Conn) {
	message, err := ReadFrame(bufio.NewReader(c))
	if err == nil {
		t.sink(message) // leak: PHI1001
	}
}

// Relay is only ever given handlers that keep the message to themselves.
type Relay struct {
	deliver func([]byte)
}

func NewRelay(deliver func([]byte)) *Relay { return &Relay{deliver: deliver} }

func (r *Relay) Forward(c net.Conn) {
	message, err := ReadFrame(bufio.NewReader(c))
	if err == nil {
		r.deliver(message) // clean: every handler logs a constant or a length
	}
}
