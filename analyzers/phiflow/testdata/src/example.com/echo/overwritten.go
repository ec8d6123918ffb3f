package echo

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// A callee that replaces a field of the request's record with a value it
// looked up elsewhere (the phone stored for the username the caller sent)
// makes an error quoting that field the stored value, not the caller's
// own: answering it discloses it. One that only normalises the caller's
// values (another field, or the phone itself trimmed) keeps the error
// the caller's own.

type OTPInput struct {
	Username string
	Phone    string `phi:"direct"`
}

//phi:source direct
func StoredPhone(username string) string { return "" }

func (in *OTPInput) validate() error {
	if len(in.Phone) < 10 {
		return fmt.Errorf("invalid phone %s", in.Phone)
	}
	return nil
}

type OTPService struct{}

// Verify replaces the phone with the one stored for the username.
func (OTPService) Verify(in *OTPInput) error {
	in.Phone = StoredPhone(in.Username)
	return in.validate()
}

// Normalize lowers the caller's own username.
func (OTPService) Normalize(in *OTPInput) error {
	in.Username = strings.ToLower(in.Username)
	return in.validate()
}

func VerifyOTP(w http.ResponseWriter, r *http.Request, s OTPService) {
	in := &OTPInput{}
	if err := json.NewDecoder(r.Body).Decode(in); err != nil {
		return
	}
	if err := s.Verify(in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `OTPInput.Phone \(direct\).* is sent in a response`
	}
}

func NormalizeOTP(w http.ResponseWriter, r *http.Request, s OTPService) {
	in := &OTPInput{}
	if err := json.NewDecoder(r.Body).Decode(in); err != nil {
		return
	}
	if err := s.Normalize(in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // clean: the caller's own phone
	}
}

// Trim trims the caller's own phone in place.
func (OTPService) Trim(in *OTPInput) error {
	in.Phone = strings.TrimSpace(in.Phone)
	return in.validate()
}

func TrimOTP(w http.ResponseWriter, r *http.Request, s OTPService) {
	in := &OTPInput{}
	if err := json.NewDecoder(r.Body).Decode(in); err != nil {
		return
	}
	if err := s.Trim(in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // clean: the caller's own phone, trimmed
	}
}
