package discover

// A person's picture is theirs as a link too: what the record keeps of
// it is the link.
type EnrolledPerson struct {
	PhotoURL string // want `EnrolledPerson.PhotoURL looks identifiable \(photograph\)`
	ImageUrl string // want `EnrolledPerson.ImageUrl looks identifiable \(photograph\)`
	Image    []byte // want `EnrolledPerson.Image looks identifiable \(photograph\)`
}

// A name that says it is a patient's data is the patient's in any
// struct: a record that names its patient holds the patient's gender
// and picture.
type TriageNote struct {
	PatientName           string // want `TriageNote.PatientName looks identifiable \(person's name\)`
	PatientGender         string // want `TriageNote.PatientGender looks identifiable \(sex or gender\)`
	PatientImageUrl       string // want `TriageNote.PatientImageUrl looks identifiable \(photograph\)`
	PatientIdentityNumber int64  // want `TriageNote.PatientIdentityNumber looks identifiable \(national identity number\)`
	PatientPhotoStatus    string // a status of the patient's photo, not the photo
}

// A catalogue item's image is a product's, not a person's.
type CatalogItem struct {
	Name     string
	Image    string
	ImageURL string
	PhotoURL string
}
