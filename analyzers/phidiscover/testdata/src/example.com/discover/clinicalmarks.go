package discover

// A catalog entry of findings with a clinical mark: the mark says the
// category is confidential, not that the struct is about a person, so
// its Name is the finding's.
type FindingType struct {
	ID       uint
	Name     string
	Category string `phi:"clinical"`
	Count    int
}

// A mark of identity beside the clinical one says the struct holds a
// person's data: its bare Name is the person's.
type ScreeningResult struct {
	Outcome  string `phi:"clinical"`
	Postcode string `phi:"indirect"`
	Name     string // want `ScreeningResult.Name looks identifiable \(person's name\)`
}

// A clinical mark does say the struct holds health information: its bare
// clinical words count (a problem's Note), its bare Name still does not.
type ProblemEntry struct {
	Code string `phi:"clinical"`
	Note string // want `ProblemEntry.Note looks identifiable \(clinical notes\)`
	Name string
}
