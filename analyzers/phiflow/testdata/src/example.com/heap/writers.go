package heap

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
)

// writeFooter writes a constant: whatever the writer received before is
// not written again.
func writeFooter(w io.Writer) {
	fmt.Fprint(w, "-- end --\n")
}

// A writer that received identifiable bytes is a destination, not data:
// passing it on to write a constant is no flow.
func RenderPatient(w http.ResponseWriter, p *Patient) {
	fmt.Fprintf(w, "%s\n", p.Name) // want `Patient.Name`
	writeFooter(w)
}

func ExportPatient(p *Patient) {
	f, _ := os.Create("out.txt")
	defer f.Close()
	fmt.Fprintf(f, "%s\n", p.Diagnosis) // want `Patient.Diagnosis`
	writeFooter(f)
}

// logBuffered logs what a buffer holds: there the buffer is data.
func logBuffered(b *bytes.Buffer) {
	log.Print(b.String())
}

func BufferIsData(p *Patient) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n", p.Name)
	writeFooter(&b)
	logBuffered(&b) // want `Patient.Name`
}

func BufferLoggedHere(p *Patient) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n", p.Name)
	writeFooter(&b)
	log.Print(b.String()) // want `Patient.Name`
}

// copyOut writes what one writer holds to another.
func copyOut(dst io.Writer, src *bytes.Buffer) {
	dst.Write(src.Bytes())
}

func BufferCopiedToFile(p *Patient) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n", p.Name)
	f, _ := os.Create("out.txt")
	defer f.Close()
	copyOut(f, &b) // want `Patient.Name`
}

// describe logs the writer itself, not what was written to it.
func describe(w io.Writer) {
	log.Printf("writing to %v", w)
}

// The bytes sent in a response or written to a file have left: the
// writer, logged or passed on afterwards, does not hold them.
func ResponseThenDescribe(w http.ResponseWriter, p *Patient) {
	fmt.Fprintf(w, "%s\n", p.Name) // want `Patient.Name`
	describe(w)
	log.Printf("responded on %v", w)
}

func FileThenDescribe(p *Patient) {
	f, _ := os.Create("out.txt")
	defer f.Close()
	fmt.Fprintf(f, "%s\n", p.Name) // want `Patient.Name`
	describe(f)
}

// A buffer keeps what was written to it: printing it prints that.
func BufferThenDescribe(p *Patient) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n", p.Name)
	describe(&b) // want `Patient.Name`
}
