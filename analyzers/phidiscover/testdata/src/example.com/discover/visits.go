package discover

import "time"

// A patient's visit to a clinic is a health record, like an encounter:
// what the patient came with, the treatment given and the dose prescribed
// are clinical, as its diagnosis is. Diagnose is a common misspelling of
// the noun.
type Visit struct {
	ID         int64
	PatientID  int64
	Complaints string // want `Visit.Complaints looks identifiable \(presenting complaint\)`
	Treatment  string // want `Visit.Treatment looks identifiable \(clinical notes\)`
	Dosage     string // want `Visit.Dosage looks identifiable \(medication\)`
	Diagnose   string // want `Visit.Diagnose looks identifiable \(diagnosis\)`
}

// The misspelt diagnosis is flagged in any struct, as the noun is.
type HistoryEntry struct {
	At           time.Time
	Diagnose     string // want `HistoryEntry.Diagnose looks identifiable \(diagnosis\)`
	DiagnoseCode string // want `HistoryEntry.DiagnoseCode looks identifiable \(diagnosis\)`
}

// A visit of a web page is a record too, but none of its fields is
// named for a patient's data.
type PageVisit struct {
	Path     string
	Referrer string
	At       time.Time
}

// An A/B test's treatment is a group of users, a support desk's
// complaints a count of grievances, a fertiliser's dosage a setting.
type Experiment struct {
	Key       string
	Treatment string
	Control   string
}

type SupportDesk struct {
	Complaints int
	Open       int
}

type FertiliserPlan struct {
	Dose   float64
	Dosage string
}

// Diagnose as a verb names a setting of a health probe, not a diagnosis.
type ProbeSettings struct {
	DiagnoseTimeout time.Duration
	DiagnoseCommand string
	AutoDiagnose    bool
}
