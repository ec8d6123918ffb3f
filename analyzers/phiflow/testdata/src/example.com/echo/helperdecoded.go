package echo

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"strings"
)

// A handler that has a helper decode the request for it, through the
// pointer it passes, holds the caller's own data as if it had decoded it
// itself: copied into a new record by a literal or by a method of the
// request, it may go back in the response to that request. Logged, or
// mixed with data the handler looked up, it is reported; so is what a
// helper decodes from anything but the request.

// Transfer is the record a transfer request becomes.
type Transfer struct {
	ID     string
	Name   string `json:"name" phi:"direct"`
	Reason string `json:"reason" phi:"clinical"`
}

// TransferRequest is the body a caller sends: a plain DTO, marked
// nowhere, as most services' request types are.
type TransferRequest struct {
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

// ToTransfer copies the request into a new record.
func (q *TransferRequest) ToTransfer(id string) (*Transfer, error) {
	return &Transfer{ID: id, Name: q.Name, Reason: q.Reason}, nil
}

// Bind decodes the request being served into its receiver.
func (q *TransferRequest) Bind(r *http.Request) error {
	return json.NewDecoder(r.Body).Decode(q)
}

// ReadBody is an exported helper decoding the body into what it is given.
func ReadBody(r *http.Request, dst any) error {
	if r.Body == nil {
		return io.EOF
	}
	return json.NewDecoder(r.Body).Decode(dst)
}

// readBody is the same helper, unexported.
func readBody(r *http.Request, dst any) error {
	return json.NewDecoder(r.Body).Decode(dst)
}

// ReadChecked passes its destination on to the helper that decodes.
func ReadChecked(w http.ResponseWriter, r *http.Request, dst any) error {
	if r.Header.Get("Content-Type") != "application/json" {
		http.Error(w, "want JSON", http.StatusUnsupportedMediaType)
		return io.EOF
	}
	return ReadBody(r, dst)
}

// ReadFrom decodes whatever it is given to read.
func ReadFrom(rd io.Reader, dst any) error {
	return json.NewDecoder(rd).Decode(dst)
}

// TransferCopied answers with a record a method copied from the request.
func TransferCopied(w http.ResponseWriter, r *http.Request) {
	var req TransferRequest
	if err := ReadBody(r, &req); err != nil {
		return
	}
	tr, err := req.ToTransfer("t-1")
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(tr) // clean: the caller's own, sent back to it
}

// TransferLiteral answers with a literal filled from the request.
func TransferLiteral(w http.ResponseWriter, r *http.Request) {
	var req TransferRequest
	if err := ReadBody(r, &req); err != nil {
		return
	}
	tr := &Transfer{ID: "t-2", Name: req.Name, Reason: req.Reason}
	json.NewEncoder(w).Encode(tr) // clean: the caller's own
}

// TransferUnexported has the unexported helper decode.
func TransferUnexported(w http.ResponseWriter, r *http.Request) {
	var req TransferRequest
	if err := readBody(r, &req); err != nil {
		return
	}
	tr, _ := req.ToTransfer("t-3")
	json.NewEncoder(w).Encode(tr) // clean: the caller's own
}

// TransferBound has the request decode itself.
func TransferBound(w http.ResponseWriter, r *http.Request) {
	var req TransferRequest
	if err := req.Bind(r); err != nil {
		return
	}
	tr, _ := req.ToTransfer("t-4")
	json.NewEncoder(w).Encode(tr) // clean: the caller's own
}

// TransferChecked decodes through two helpers.
func TransferChecked(w http.ResponseWriter, r *http.Request) {
	var tr Transfer
	if err := ReadChecked(w, r, &tr); err != nil {
		return
	}
	json.NewEncoder(w).Encode(tr) // clean: the caller's own record
	io.WriteString(w, tr.Name)    // clean: the caller's own
}

// TransferLogged logs what the helper decoded.
func TransferLogged(w http.ResponseWriter, r *http.Request) {
	var tr Transfer
	if err := ReadBody(r, &tr); err != nil {
		return
	}
	log.Print(tr) // want `Transfer.Name \(direct\).* reaches log sink log.Print`
}

// TransferLoggedCopy logs the record a method copied from the request.
func TransferLoggedCopy(w http.ResponseWriter, r *http.Request) {
	var req TransferRequest
	if err := ReadBody(r, &req); err != nil {
		return
	}
	tr, _ := req.ToTransfer("t-5")
	log.Printf("transfer %v", tr) // want `Transfer.Name \(direct\).* reaches log sink log.Printf`
}

// TransferLookedUp fills the record from the request and the store.
func TransferLookedUp(w http.ResponseWriter, r *http.Request) {
	var req TransferRequest
	if err := ReadBody(r, &req); err != nil {
		return
	}
	tr := &Transfer{ID: "t-6", Name: req.Name, Reason: LookupDiagnosis("t-6")}
	json.NewEncoder(w).Encode(tr) // want `Transfer.Reason \(clinical\).* is sent in a response`
}

// TransferAmended overwrites the copied record's reason from the store.
func TransferAmended(w http.ResponseWriter, r *http.Request) {
	var req TransferRequest
	if err := ReadBody(r, &req); err != nil {
		return
	}
	tr, _ := req.ToTransfer("t-7")
	tr.Reason = LookupDiagnosis(tr.ID)
	json.NewEncoder(w).Encode(tr) // want `LookupDiagnosis\(\) \(clinical\).* is sent in a response`
}

// TransferStored has a helper decode a stored document: not the
// caller's own.
func TransferStored(w http.ResponseWriter, r *http.Request) {
	var req TransferRequest
	if err := ReadFrom(strings.NewReader(LookupName(r.FormValue("id"))), &req); err != nil {
		return
	}
	tr, _ := req.ToTransfer("t-8")
	json.NewEncoder(w).Encode(tr) // want `Transfer.Name \(direct\).* is sent in a response`
}
