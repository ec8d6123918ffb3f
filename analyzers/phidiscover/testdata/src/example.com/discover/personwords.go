package discover

// TokenClaims are a signed-in account's claims: names, a phone number
// and an address flagged by name alone, but nothing that says they are a
// patient's. Person-words do not make each other count: the given and
// family names do not make the bare Name and Email a person's.
type TokenClaims struct {
	Subject     string
	Email       string
	Name        string
	GivenName   string // want `TokenClaims.GivenName looks identifiable \(person's name\)`
	FamilyName  string // want `TokenClaims.FamilyName looks identifiable \(person's name\)`
	PhoneNumber string // want `TokenClaims.PhoneNumber looks identifiable \(phone number\)`
	HomeAddress string // want `TokenClaims.HomeAddress looks identifiable \(address\)`
}

// A date of birth is identifiable by name alone, and not a person-word:
// beside it the bare Name and Email are a person's.
type SignupForm struct {
	Email       string // want `SignupForm.Email looks identifiable \(email address\)`
	Name        string // want `SignupForm.Name looks identifiable \(person's name\)`
	GivenName   string // want `SignupForm.GivenName looks identifiable \(person's name\)`
	DateOfBirth string // want `SignupForm.DateOfBirth looks identifiable \(date of birth\)`
}
