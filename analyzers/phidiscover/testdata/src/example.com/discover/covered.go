package discover

// Location is held only by fields marked identifiable: the engine gives
// what is read below them the marked field's class, so its own fields
// need no marks.
type Location struct {
	Street   string
	City     string
	Postcode string
}

// Relative is held by a marked field; the Location it holds in an
// unmarked field is below that mark too.
type Relative struct {
	Name  string
	Phone string
	Home  Location
}

type Resident struct {
	ID        string
	Home      *Location  `phi:"direct"`
	Previous  []Location `phi:"indirect"`
	NextOfKin *Relative  `phi:"direct"`
}

// Premises is held by a marked field and by an unmarked one: what the
// unmarked holder's Premises holds has no mark.
type Premises struct {
	Street   string // want `Premises.Street looks identifiable \(address\)`
	Postcode string // want `Premises.Postcode looks identifiable \(postcode or ZIP code\)`
}

type Tenant struct {
	Home Premises `phi:"direct"`
}

type Depot struct {
	Site Premises
}

// Dwelling is held only by a field declared not identifiable: nothing
// covers its fields.
type Dwelling struct {
	HouseName string // want `Dwelling.HouseName looks identifiable \(address\)`
}

type Lodger struct {
	Home Dwelling `phi:"-"`
}

// Residence marks a field: it is a record, and a marked field holding a
// record passes nothing down to its unmarked fields.
type Residence struct {
	Street string `phi:"direct"`
	Town   string // want `Residence.Town looks identifiable \(address\)`
}

type Householder struct {
	Home Residence `phi:"direct"`
}

// Annex is held by a marked field and by an anonymous struct's unmarked
// field.
type Annex struct {
	Street   string // want `Annex.Street looks identifiable \(address\)`
	Postcode string // want `Annex.Postcode looks identifiable \(postcode or ZIP code\)`
}

type Boarder struct {
	Home *Annex `phi:"direct"`
}

func annexes() int {
	var found []struct{ At Annex }
	return len(found)
}
