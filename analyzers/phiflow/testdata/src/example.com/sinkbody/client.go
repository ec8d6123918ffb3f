package sinkbody

import (
	"io"
	"net"
)

// Conn is a client library's connection to a broker: its calls write
// what they are given to the socket it was dialled on, a destination its
// callers supply (the connection they opened).
type Conn struct{ w io.Writer }

func Dial(addr string) (*Conn, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Conn{w: c}, nil
}

// Publish sends a message to the broker, through the connection's socket.
//
//phi:sink transmit
func (c *Conn) Publish(msg string) error {
	_, err := io.WriteString(c.w, msg)
	return err
}

// Trace logs a message, and also sends it to the broker.
//
//phi:sink log
func (c *Conn) Trace(msg string) error {
	_, err := io.WriteString(c.w, msg)
	return err
}

// PublishName publishes into a connection its caller opened: the one
// disclosure is the publish, reported here.
func PublishName(c *Conn, p *Patient) error {
	return c.Publish(p.Name) // want `Patient.Name \(direct\) is transmitted by \(\*sinkbody.Conn\).Publish`
}

// TraceName's trace is logged here, and its socket write, a transmission,
// is a second disclosure, reported where the socket is known.
func TraceName(c *Conn, p *Patient) error {
	return c.Trace(p.Name) // want `Patient.Name \(direct\) reaches log sink \(\*sinkbody.Conn\).Trace`
}

// Relay passes the connection on, one call further from the publish.
func Relay(c *Conn, p *Patient) error {
	return PublishName(c, p)
}

// clean: the publish's own socket write, reached here where the socket
// is opened, is the publish PublishName reports, not a second one.
func Forward(p *Patient) error {
	c, err := Dial("broker.example.invalid:5672")
	if err != nil {
		return err
	}
	if err := Relay(c, p); err != nil {
		return err
	}
	return PublishName(c, p)
}

func ForwardTrace(p *Patient) error {
	c, err := Dial("broker.example.invalid:5672")
	if err != nil {
		return err
	}
	return TraceName(c, p) // want `Patient.Name \(direct\) is transmitted by io.WriteString`
}
