package ownership

import (
	"encoding/json"
	"io"
	"log"
)

// A record an unexported function builds from what it reads itself,
// beside an unmarked id its parameter gives, holds the function's own
// data: reported inside, at each sink. The id says nothing of whose the
// marked note is.
//
// contract: §3 "data that the unexported function obtains itself, not
// from its parameters or receiver (... decoded from a request or message
// it reads) is reported inside it".

type Reading struct {
	DeviceID uint
	Note     string `phi:"clinical"`
}

// Feed marks nothing: only what is read from its stream is identifiable.
type Feed struct {
	Stream   io.Reader
	DeviceID uint
}

type Outbox struct {
	DeviceID uint
	Pending  string `phi:"clinical"`
}

func consume(fd *Feed) {
	var in struct {
		Note string `json:"note"`
	}
	if err := json.NewDecoder(fd.Stream).Decode(&in); err != nil {
		return
	}
	r := &Reading{DeviceID: fd.DeviceID, Note: in.Note}
	log.Printf("reading %s", r.Note) // want `Reading.Note \(clinical\)`
	log.Printf("reading %v", r)      // want `Reading.Note \(clinical\)`
}

func Consume(fd *Feed) {
	go consume(fd) // clean here: the note is decoded inside
}

func ConsumeNow(fd *Feed) {
	consume(fd) // clean here: the note is decoded inside
}

// The marked note filled from the parameter's own marked field is the
// parameter's data, whatever the id beside it: reported at the call.

func flushPending(ob *Outbox) {
	r := &Reading{DeviceID: ob.DeviceID, Note: ob.Pending}
	log.Printf("pending %s", r.Note) // clean here: parameter data, reported at the call
}

func FlushPending(ob *Outbox) {
	flushPending(ob) // want `Outbox.Pending \(clinical\), Reading.Note \(clinical\)`
}

// A record passed in whole and logged is the parameter's: at the call.

func logReading(r *Reading) {
	log.Printf("reading %v", r) // clean here: parameter data, reported at the call
}

func LogReading(r *Reading) {
	logReading(r) // want `Reading.Note \(clinical\)`
}
