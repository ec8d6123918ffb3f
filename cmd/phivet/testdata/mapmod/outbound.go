// Package outbound is a fixture for the reviewer's map: sinks whose
// recipients the call shows (a logger, a URL's host, a file) or does not,
// and a //phi:ignore with its reason.
package outbound

import (
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"
)

// Patient is a patient record.
type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Service sends patient data out.
type Service struct {
	Trail *slog.Logger
	Base  string
}

// Publish sends the name to every recipient the fixture knows of.
func (s *Service) Publish(p *Patient) error {
	log.Printf("publishing %s", p.Name)                                                                                    // leak: PHI1001
	s.Trail.Info("published", "name", p.Name)                                                                              // leak: PHI1001
	if _, err := http.Post("https://reports.example.org/v1/upload", "text/plain", strings.NewReader(p.Name)); err != nil { // leak: PHI1003
		return err
	}
	if _, err := http.Post(s.Base+"/upload", "text/plain", strings.NewReader(p.Name)); err != nil { // leak: PHI1003
		return err
	}
	if err := os.WriteFile("/var/export/patients.csv", []byte(p.Name), 0o600); err != nil { // leak: PHI1002
		return err
	}
	//phi:ignore the operator's console is inside the secure enclave
	log.Println(p.Name)
	return nil
}
