package discover

// A bilingual clinic keeps the patient's name and address twice, the
// second copy tagged with its language: the tag says which copy, so both
// are the person's. A tag on a word that is no person's data names
// nothing, and a trailing ID stays a key.
type PatientRegistration struct {
	ID          string
	LastName    string // want `PatientRegistration.LastName looks identifiable \(person's name\)`
	LastNameVi  string // want `PatientRegistration.LastNameVi looks identifiable \(person's name\)`
	FullNameEn  string // want `PatientRegistration.FullNameEn looks identifiable \(person's name\)`
	NameKana    string // want `PatientRegistration.NameKana looks identifiable \(person's name\)`
	AddressVi   string // want `PatientRegistration.AddressVi looks identifiable \(address\)`
	LanguageVi  string
	TitleEn     string
	AddressID   string
	DisplayName string // want `PatientRegistration.DisplayName looks identifiable \(person's name\)`
}

// ClinicProfile is no person's: its localised name is the clinic's.
type ClinicProfile struct {
	NameVi string
	NameEn string
}
