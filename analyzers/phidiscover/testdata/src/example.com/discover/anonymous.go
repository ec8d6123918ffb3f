package discover

// An anonymous struct is judged by the name of the field that holds it,
// and named through the path that reaches it.
type RotaResponse struct {
	ID   int
	Date string
	// A nurse's details are staff's.
	Nurse struct {
		ID        int
		Name      string
		Email     string
		BirthDate string
	}
	// A patient's are a patient's.
	Patient struct {
		Name      string // want `RotaResponse.Patient.Name looks identifiable \(person's name\)`
		BirthDate string // want `RotaResponse.Patient.BirthDate looks identifiable \(date of birth\)`
		Postcode  string // marked in the configuration by this path
	}
	// Through a slice, and one anonymous struct inside another.
	Residents []struct {
		Name    string // want `RotaResponse.Residents.Name looks identifiable \(person's name\)`
		Details *struct {
			Phone string // want `RotaResponse.Residents.Details.Phone looks identifiable \(phone number\)`
			NHSNo string // want `RotaResponse.Residents.Details.NHSNo looks identifiable \(NHS number\)`
		}
	}
}

// UploadForm carries files and data; an alias instantiates it.
type UploadForm[F, D any] struct {
	Files F
	Data  D
}

// The anonymous structs of an alias named for staff are staff's.
type NurseCreateRequest = UploadForm[
	struct{ Photo []byte },
	struct {
		Name        string
		Gender      string
		PhoneNumber string
	},
]

// Those of an alias named for a patient are a patient's.
type PatientCreateRequest = UploadForm[
	struct{ Scan []byte },
	struct {
		Name   string // want `PatientCreateRequest.Data.Name looks identifiable \(person's name\)`
		Gender string // want `PatientCreateRequest.Data.Gender looks identifiable \(sex or gender\)`
	},
]

// A list type of anonymous structs is named by the type.
type DoctorList []struct {
	Name      string
	BirthDate string
}
