// Package handler handles messages; it does not import the listener.
package handler

import "log"

type Service struct{ received int }

// HandleMessage logs the message itself.
func (s *Service) HandleMessage(msg []byte) {
	s.received++
	log.Printf("message %d: %s", s.received, msg)
}

// HandleLength logs only the message's length.
func (s *Service) HandleLength(msg []byte) {
	s.received++
	log.Printf("message %d: %d bytes", s.received, len(msg))
}

// Acknowledge logs only that a message came.
func Acknowledge(msg []byte) {
	log.Print("message received")
}

// Dump logs the message itself.
func Dump(msg []byte) {
	log.Println("message:", string(msg))
}
