// Command server wires the listener to the handler.
package main

import (
	"log"
	"net"

	"example.com/wiredfunc/handler"
	"example.com/wiredfunc/listener"
)

func main() {
	svc := &handler.Service{}
	l := listener.NewListener(":2575", svc.HandleMessage)
	p := &listener.Poller{OnMessage: svc.HandleMessage}
	tap := listener.NewTap(handler.Dump)
	quiet := listener.NewRelay(svc.HandleLength)
	ack := listener.NewRelay(handler.Acknowledge)
	go func() {
		c, err := net.Dial("tcp", "localhost:2576")
		if err != nil {
			log.Fatal(err)
		}
		p.Poll(c)
		tap.Watch(c)
		quiet.Forward(c)
		ack.Forward(c)
	}()
	log.Fatal(l.Serve())
}
