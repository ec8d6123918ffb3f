// Package phidiscover defines an Analyzer that finds struct fields whose
// names look identifiable but that are not marked (PHI3001), and literals
// that look like real patient identifiers (PHI3002).
//
// # Analyzer phidiscover
//
// phidiscover: report struct fields whose names look identifiable but are not marked, and literals that look like real identifiers
//
// Reports PHI3001 for a field of a struct declared in the analysed package
// whose name or tag name looks identifiable (NHS number, SSN, MRN, date of
// birth, postcode, address, phone, email, diagnosis…; see docs/discovery.md)
// and that is not marked by a phi tag, a //phi:source directive, a
// phivet.yaml source entry or its type. phi:"-" silences a field.
//
// Reports PHI3002 for a literal in non-test code that looks like a real
// NHS, CHI or H&C number, US Social Security number or Medicare Beneficiary
// Identifier and is used as one (stored in, passed as or compared with
// something named for that identifier or marked identifiable).
//
// # What looks identifiable
//
// phivet follows only data it knows is identifiable. On a codebase where
// nothing is marked yet, phidiscover points at the fields to mark first: a
// field of a struct declared in the analysed package whose name, or whose
// json, db, yaml, xml, bson or protobuf tag name, looks like an identifier
// (NHS number, CHI number, H&C number, SSN, national identity or passport
// number, MRN, insurance or member id), a person's name, a date of birth,
// an address or postcode, a phone number or email, next of kin, a
// photograph, a GP, or clinical and special-category
// information (diagnosis, condition, medication, allergy, notes,
// ethnicity, religion, sexual orientation, gender identity).
//
// Names are split into words (camelCase, snake_case, acronyms: NHSNumber
// is "nhs number") and compared with a fixed vocabulary, listed in full in
// docs/discovery.md. Specific words (DateOfBirth, NHSNumber, Postcode,
// Diagnosis) are flagged in any struct. Words that identify someone only
// when they describe a person (a bare Name, Address, Email, Phone, Sex,
// Notes) are flagged only when they are the whole name of a field of a
// struct that holds a person's data: one named for a person or a health
// record (Patient, PatientContact, Referral; not PatientTag), or one with
// a marked field or a field identifiable by name alone (a date of birth).
// So FileName, HostName, UserName and the email addresses of an X.509
// certificate are not flagged.
//
// Outside a struct named for a person, a key, link, status, count,
// coding system or flag of the data is not the data: PatientID (a
// surrogate key), a field of a Reference or ID type, DiagnosisLinkID,
// AllergyStatus, DiagnosisCodeSystem, AllergiesPerPatient int, a bool. In
// a struct named for staff or an organisation (Practitioner), names,
// dates of birth and contact details are theirs, not a patient's; in one
// named for a medicinal product, clinical words are the product's too. In
// any struct, a field that holds a part of the program (a service, a
// repository, a handler func), another entity linked by a key (an ORM
// association, judged where it is declared) or a number
// the data is never kept as (a float64 weight named Name) is not the
// data.
//
// A field is marked, and not reported, when it has a phi struct tag, a
// //phi:source directive or a phivet.yaml source entry, or when its type is
// a source type or a record (a struct with marked fields), or a pointer,
// slice, array or map of one; the fields of a source type are covered by
// its mark. Tag phi:"-" or a config entry with class "-" declares the
// field not identifiable and silences it. Embedded fields are not
// examined. //phi:ignore REASON on the field's line suppresses one
// finding.
//
// PHI3002 is a string or integer literal in non-test code that looks like
// a real identifier: an NHS, CHI or H&C number (a valid Modulus 11 check
// digit, in a range allocated to patients: not the 9 range kept for
// testing; a CHI number starts with a date of birth), a US Social
// Security number outside the invalid and advertising ranges, or a
// Medicare Beneficiary Identifier by its format. One 10-digit string in
// eleven passes the check, so a literal is reported only when its use
// says it is an identifier: it is stored in, passed as, compared with or
// returned as something named for that kind of identifier (NHSNumber,
// ssn, json:"nhs_number") or marked identifiable and not named for other
// data, or it sits in a composite literal beside a string naming the
// identifier's system. _test.go files, test support packages and
// generated files are never examined for PHI3002: their data is
// synthetic.
//
// Findings are reported at the field's name. Findings in _test.go files
// and test support packages (testdata, testutil, fixtures, mocks, a
// top-level test directory) are reported only with -tests; generated
// files (by header, file name or generator comment) get none.
package phidiscover

import (
	_ "embed"

	"github.com/phivet/phivet/analyzers/codes"
)

// docFile is this file's source: its package doc comment holds the
// analyzer's Doc (see analyzerdoc.Describe).
//
//go:embed doc.go
var docFile string

// docURL is the page of the code phidiscover reports.
var docURL = codes.URL(codes.UnmarkedField)
