// Package hl7leaks uses github.com/lenaten/hl7 under the hl7v2 pack's
// marks (TestPackTables).
package hl7leaks

import (
	"io"
	"log"

	"github.com/lenaten/hl7"
)

func ByPath(msg *hl7.Message) {
	name, err := msg.Find("PID.5.1")
	if err != nil {
		log.Println("no name:", err) // clean: the lookup's error
		return
	}
	log.Println("name", name) // want `Message.Find\(\) \(direct\) reaches log sink log.Println`
	dob, _ := msg.Find("PID.7")
	log.Println("dob", dob) // want `\(indirect\) reaches log sink log.Println`
	result, _ := msg.Find("OBX.5")
	log.Println("result", result) // want `\(clinical\) reaches log sink log.Println`
	kind, _ := msg.Find("MSH.9")
	log.Println("type", kind) // clean: the message type identifies no one
	set, _ := msg.Find("PID.1")
	log.Println("set", set) // clean: PID.1 is not PID.13
}

func AllByPath(msg *hl7.Message) {
	ids, _ := msg.FindAll("PID.3")
	log.Println("ids", ids) // want `Message.FindAll\(\) \(direct\) reaches log sink log.Println`
	codes, _ := msg.FindAll("DG1.3.1")
	log.Println("diagnoses", codes) // want `\(clinical\) reaches log sink log.Println`
	controls, _ := msg.FindAll("MSH.10")
	log.Println("controls", controls) // clean
}

func StrictPaths(msg *hl7.Message) {
	doctor, _ := msg.Find("PV1.7")
	log.Println("doctor", doctor) // want `\(indirect\) reaches log sink log.Println`
	plans, _ := msg.FindAll("IN1.2")
	log.Println("plans", plans) // want `\(direct\) reaches log sink log.Println`
	class, _ := msg.Find("PV1.2")
	log.Println("class", class) // clean
	facility, _ := msg.FindAll("MSH.4")
	log.Println("facility", facility) // clean
}

func PathFromCaller(msg *hl7.Message, path string) {
	v, _ := msg.Find(path)
	log.Println(v) // clean: a path not known where it is read
}

// Admission is filled by Unmarshal from the paths in its tags.
type Admission struct {
	MRN       string `hl7:"PID.3.1"`
	BirthDate string `hl7:"PID.7"`
	Result    string `hl7:"OBX.5"`
	Doctor    string `hl7:"PV1.7"`
	Event     string `hl7:"MSH.9"`
	Location  string `hl7:"PV1.33"`
}

func Unmarshalled(msg *hl7.Message) {
	var a Admission
	if err := msg.Unmarshal(&a); err != nil {
		return
	}
	log.Println(a.MRN)       // want `Admission.MRN \(direct\) reaches log sink log.Println`
	log.Println(a.BirthDate) // want `Admission.BirthDate \(indirect\) reaches log sink log.Println`
	log.Println(a.Result)    // want `Admission.Result \(clinical\) reaches log sink log.Println`
	log.Println(a.Doctor)    // want `Admission.Doctor \(indirect\) reaches log sink log.Println`
	log.Println(a.Event)     // clean
	log.Println(a.Location)  // clean: PV1.33 is not PV1.3
}

func WholeMessages(r io.Reader) {
	msgs, err := hl7.NewDecoder(r).Messages()
	if err != nil {
		// Message.Parse puts the raw message into its error.
		log.Println("decode:", err) // want `Message.Value \(direct\) reaches log sink log.Println`
		return
	}
	for _, m := range msgs {
		log.Println(len(m.Segments)) // clean: a count
	}
	log.Println(msgs) // want `reaches log sink log.Println`
}

func ParseErrors(msg *hl7.Message) {
	if err := msg.Parse(); err != nil {
		log.Println(err) // want `Message.Value \(direct\) reaches log sink log.Println`
	}
	if _, err := msg.Find("PID.5"); err != nil {
		log.Println(err) // clean: a lookup's error
	}
}

func RawBytes(msg *hl7.Message) {
	log.Println(string(msg.Value)) // want `Message.Value \(direct\) reaches log sink log.Println`
	log.Println(msg.Delimeters)    // clean
	seg, _ := msg.Segment("PID")
	log.Println(string(seg.Value)) // want `Segment.Value \(direct\) reaches log sink log.Println`
	log.Println(len(seg.Fields))   // clean
}
