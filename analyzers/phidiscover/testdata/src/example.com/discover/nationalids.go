package discover

// National identity numbers other than the NHS, CHI and H&C numbers: the
// Dutch BSN, the Irish PPSN, a national ID.
type Registration struct {
	ID         uint
	PatientBSN string // want `Registration.PatientBSN looks identifiable \(national identity number\)`
	PPSN       string // want `Registration.PPSN looks identifiable \(national identity number\)`
	NationalID string // want `Registration.NationalID looks identifiable \(national identity number\)`
	BSNChecked bool   // a flag of it, not it
}
