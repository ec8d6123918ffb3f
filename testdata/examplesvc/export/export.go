// Package export writes CSV extracts of the patient register.
package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"example.com/clinic/audit"
	"example.com/clinic/consent"
	"example.com/clinic/model"
	"example.com/clinic/redact"
)

// WriteCSV writes a header line and rows to w as CSV.
func WriteCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	return cw.WriteAll(rows)
}

// writeFile creates path and writes the CSV to it through a buffered writer.
func writeFile(path string, header []string, rows [][]string) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriter(f)
	if err := WriteCSV(bw, header, rows); err != nil {
		return err
	}
	return bw.Flush()
}

// Dump writes the whole register, identifiable fields included, to path: the
// operator's backup. Nothing checks or records it.
func Dump(path string, ps []*model.Patient) error {
	rows := make([][]string, 0, len(ps))
	for _, p := range ps {
		rows = append(rows, []string{p.ID, string(p.NHSNumber), p.Name, p.BirthDate.Format(time.DateOnly), p.Address.Postcode})
	}
	return writeFile(path, []string{"id", "nhs_number", "name", "birth_date", "postcode"}, rows) // leak: PHI1002 identifiable rows reach a file with no check or audit
}

// ForPractice writes the records of the patients registered with a GP
// practice to path. The practice must have a data-sharing agreement, and the
// extract is audited.
func ForPractice(path, practice, actor string, rec *audit.Recorder, ps []*model.Patient) error {
	if err := consent.SharingAgreement(practice); err != nil {
		return err
	}
	var rows [][]string
	for _, p := range ps {
		if p.GPPractice != practice {
			continue
		}
		rows = append(rows, []string{string(p.NHSNumber), p.Name, p.BirthDate.Format(time.DateOnly), strings.Join(p.Diagnoses, "; ")})
	}
	defer rec.Extract(actor, path, len(rows))
	return writeFile(path, []string{"nhs_number", "name", "birth_date", "diagnoses"}, rows) // clean: the agreement was checked and the deferred audit holds (export policy check+audit)
}

// Research writes a pseudonymised extract for the research database.
func Research(path, salt string, ps []*model.Patient) error {
	rows := make([][]string, 0, len(ps))
	for _, p := range ps {
		rows = append(rows, []string{
			p.Pseudonym(salt),
			redact.Postcode(p.Address.Postcode),
			strconv.Itoa(redact.BirthYear(p.BirthDate)),
		})
	}
	return writeFile(path, []string{"pseudonym", "outward_code", "birth_year"}, rows) // clean: every column passed through a sanitizer
}
