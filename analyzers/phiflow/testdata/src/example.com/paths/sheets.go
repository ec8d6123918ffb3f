package paths

import (
	"io"
	"log"
	"net/http"
)

// Sheet is a document that writes itself out, as a PDF library's does:
// Close copies the text into more of its fields than a summary tells
// apart through one parameter (taint.maxParamPaths), and logs its layout,
// which the caller sets apart from the text. What Close writes is
// summarised field by field, never at the whole sheet: merged there, the
// text would be read back from every field at every call, the layout
// logged among them.
type Sheet struct {
	Text   string
	Layout string
	C00    string
	C01    string
	C02    string
	C03    string
	C04    string
	C05    string
	C06    string
	C07    string
	C08    string
	C09    string
	C10    string
	C11    string
	C12    string
	C13    string
	C14    string
	C15    string
	C16    string
	C17    string
	C18    string
	C19    string
	C20    string
	C21    string
	C22    string
	C23    string
	C24    string
	C25    string
}

func (s *Sheet) Close() {
	s.C00 = s.Text
	s.C01 = s.Text
	s.C02 = s.Text
	s.C03 = s.Text
	s.C04 = s.Text
	s.C05 = s.Text
	s.C06 = s.Text
	s.C07 = s.Text
	s.C08 = s.Text
	s.C09 = s.Text
	s.C10 = s.Text
	s.C11 = s.Text
	s.C12 = s.Text
	s.C13 = s.Text
	s.C14 = s.Text
	s.C15 = s.Text
	s.C16 = s.Text
	s.C17 = s.Text
	s.C18 = s.Text
	s.C19 = s.Text
	s.C20 = s.Text
	s.C21 = s.Text
	s.C22 = s.Text
	s.C23 = s.Text
	s.C24 = s.Text
	s.C25 = s.Text
	log.Printf("closing a sheet in layout %s", s.Layout)
}

// Output closes the sheet and sends what it wrote.
func (s *Sheet) Output(w io.Writer) {
	s.Close()
	io.WriteString(w, s.C00)
}

func SheetTextSent(w http.ResponseWriter, p *Patient) {
	s := &Sheet{Text: p.Name, Layout: "A4"}
	s.Output(w) // want `Patient.Name \(direct\) is sent in a response`
}

func SheetLayoutLogged(w http.ResponseWriter, p *Patient) {
	s := &Sheet{Text: "none on file", Layout: p.Name}
	s.Output(w) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}
