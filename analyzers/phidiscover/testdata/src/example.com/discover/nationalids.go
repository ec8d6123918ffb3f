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

// Indonesia's national identity number (Nomor Induk Kependudukan) in
// a resident's record (penduduk).
type Penduduk struct {
	ID          uint
	NIK         string // want `Penduduk.NIK looks identifiable \(national identity number\)`
	NIKVerified bool
}

// A flag of it outside a person's struct is not it.
type KYCCheck struct {
	NIKVerified bool
}
