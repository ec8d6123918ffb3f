package discover

// How services outside the UK name a person's identity card, middle
// name, current treatment and picture: a Thai or Indonesian citizen id,
// a Russian patronymic, a profile picture or avatar.
type Enrollee struct {
	ID               uint
	Patronymic       string // want `Enrollee.Patronymic looks identifiable \(person's name\)`
	IDCardNumber     string // want `Enrollee.IDCardNumber looks identifiable \(national identity number\)`
	Id_card_number   string // want `Enrollee.Id_card_number looks identifiable \(national identity number\)`
	CitizenID        string // want `Enrollee.CitizenID looks identifiable \(national identity number\)`
	OngoingTreatment string // want `Enrollee.OngoingTreatment looks identifiable \(clinical notes\)`
	ProfilePic       string // want `Enrollee.ProfilePic looks identifiable \(photograph\)`
	ProfilePhotoURL  string // want `Enrollee.ProfilePhotoURL looks identifiable \(photograph\)`
	Avatar           string // want `Enrollee.Avatar looks identifiable \(photograph\)`
}

// Look-alikes in a person's struct: the kind and issuer of an identity
// card, a setting of the name form, the template a treatment is drawn
// from, the style an avatar is drawn in.
type Applicant struct {
	IDCardType            string
	IDCardIssuer          string
	CitizenIDType         string
	PatronymicRequired    bool
	TreatmentTemplateName string
	AvatarStyle           string
}

// Outside a person's struct an experiment's current treatment is its
// arm, and an avatar the service's: these are a person's only where
// person patterns count.
type ExperimentArm struct {
	Name             string
	CurrentTreatment string
	Avatar           string
	PatronymicLabel  string
}
