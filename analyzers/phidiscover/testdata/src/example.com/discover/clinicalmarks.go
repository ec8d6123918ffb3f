package discover

// A struct with a field marked clinical holds a person's data (contract,
// PHI3001: "one with marked fields"): health information is about
// someone, so its bare Name and Note count.
type ProblemEntry struct {
	Code string `phi:"clinical"`
	Note string // want `ProblemEntry.Note looks identifiable \(clinical notes\)`
	Name string // want `ProblemEntry.Name looks identifiable \(person's name\)`
}

// A mark of identity beside the clinical one says the same.
type ScreeningResult struct {
	Outcome  string `phi:"clinical"`
	Postcode string `phi:"indirect"`
	Name     string // want `ScreeningResult.Name looks identifiable \(person's name\)`
}

// A struct with no mark and no name identifiable alone says nothing of
// whose it is: its Name is the entry's.
type FindingType struct {
	ID       uint
	Name     string
	Category string
	Count    int
}
