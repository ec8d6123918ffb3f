package aliasing

import (
	"log"
	"net"
)

// A method that fills a local with a pointer to a struct (a frame
// writer given its connection) links the two as the same store made in
// place does: what the connection buffers is in its buffer, not in its
// sticky error.

type Record struct {
	ID   string
	Name string `phi:"direct"`
}

type Conn struct {
	nc  net.Conn
	buf []byte
	err error
}

type frame struct {
	c   *Conn
	pos int
}

func (c *Conn) start(f *frame) {
	f.c = c
	f.pos = 0
}

func (f *frame) flush() error {
	if f.c.err != nil {
		return f.c.err
	}
	_, err := f.c.nc.Write(f.c.buf[:f.pos])
	return err
}

func (c *Conn) Send(data []byte) error {
	var f frame
	c.start(&f)
	f.pos += copy(c.buf, data)
	return f.flush()
}

func Push(c *Conn, r *Record) {
	if err := c.Send([]byte(r.Name)); err != nil { // want `Record.Name \(direct\) is transmitted by \(net.Conn\).Write`
		log.Printf("push %s: %v", r.ID, err) // clean: the connection's error holds none of the message
	}
}
