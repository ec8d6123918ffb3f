package markedpaths

import (
	"fmt"
	"log"
)

// Direct reads at any depth below a marked field whose type marks nothing.
func Direct(r *Referral) {
	log.Println(r.Contact.Phone)           // want `Referral.Contact \(direct\) reaches log sink log.Println`
	log.Println(r.Contact.Names[0].Family) // want `Referral.Contact \(direct\) reaches log sink log.Println`
	log.Println(r.Contact.Tags["k"])       // want `Referral.Contact \(direct\) reaches log sink log.Println`
	log.Println(r.Contact.Detail.Email)    // want `Referral.Contact \(direct\) reaches log sink log.Println`
	log.Println(r.Home.Phone)              // want `Referral.Home \(indirect\) reaches log sink log.Println`
	log.Println(r.Home.Names[0].Family)    // want `Referral.Home \(indirect\) reaches log sink log.Println`
	log.Println(r.Others[0].Phone)         // want `Referral.Others \(direct\) reaches log sink log.Println`
	log.Println(r.ID)                      // clean: an unmarked sibling
	log.Println(r.Spare.Phone)             // clean: an unmarked field of the same type
	log.Println(r.Contact.Ref)             // clean: explicitly not identifiable
	log.Println(len(r.Contact.Names))      // clean: a count
	log.Println(r.Contact.Phone == "")     // clean: a comparison
	log.Printf("%T", r.Contact.Names[0])   // clean: a type name
}

// ByValue reads below marked fields of a struct passed by value.
func ByValue(r Referral) {
	log.Println(r.Contact.Phone)        // want `Referral.Contact \(direct\) reaches log sink log.Println`
	log.Println(r.Home.Phone)           // want `Referral.Home \(indirect\) reaches log sink log.Println`
	log.Println(r.Home.Names[0].Family) // want `Referral.Home \(indirect\) reaches log sink log.Println`
	log.Println(r.Home.Detail.Email)    // want `Referral.Home \(indirect\) reaches log sink log.Println`
	log.Println(r.ID)                   // clean
	log.Println(r.Home.Ref)             // clean: explicitly not identifiable
}

// Ranges reads the elements of collections below a marked field.
func Ranges(r *Referral) {
	for _, n := range r.Contact.Names {
		log.Println(n.Family) // want `Referral.Contact \(direct\) reaches log sink log.Println`
	}
	for k, v := range r.Contact.Tags {
		log.Println(k, v) // want `Referral.Contact \(direct\) reaches log sink log.Println`
	}
	for _, c := range r.Others {
		log.Println(c.Names[0].Family) // want `Referral.Others \(direct\) reaches log sink log.Println`
	}
	for _, n := range r.Spare.Names {
		log.Println(n.Family) // clean
	}
	for range r.Contact.Names {
		log.Println("one name") // clean: control dependence only
	}
}

// Copies reads through copies of the marked field's value and addresses
// taken below it.
func Copies(r *Referral) {
	c := *r.Contact
	log.Println(c.Phone) // want `Referral.Contact \(direct\) reaches log sink log.Println`
	h := r.Home
	log.Println(h.Detail.Email) // want `Referral.Home \(indirect\) reaches log sink log.Println`
	names := r.Contact.Names
	log.Println(names[0].Family) // want `Referral.Contact \(direct\) reaches log sink log.Println`
	p := &r.Contact.Phone
	log.Println(*p)     // want `Referral.Contact \(direct\) reaches log sink log.Println`
	show(&r.Home.Phone) // want `Referral.Home \(indirect\) reaches log sink log.Println`
	id := &r.ID
	log.Println(*id) // clean
	count := len(names)
	log.Println(count) // clean: only its length is used
}

func show(s *string) { log.Println(*s) }

// Embedded reads through embedding: an embedded record's marked field,
// and the promoted fields of an embedded marked field.
func Embedded(e *Embedding, m *MarkedEmbed) {
	log.Println(e.Contact.Phone) // want `Referral.Contact \(direct\) reaches log sink log.Println`
	log.Println(e.Note)          // clean
	log.Println(m.Phone)         // want `MarkedEmbed.Contact \(direct\) reaches log sink log.Println`
	log.Println(m.ID)            // clean
}

// Records: a record held in a marked field keeps its own marks.
func Records(o *Order) {
	log.Println(o.Patient.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println(o.Patient.ID)   // clean: an unmarked field of a record
	log.Println(o.ID)           // clean
	p := *o.Patient
	log.Println(p.ID) // clean: a copy's unmarked field
	log.Println(p)    // want `Order.Patient \(direct\).* reaches log sink log.Println`
}

// RecordsByValue: the same for an order passed by value.
func RecordsByValue(o Order) {
	log.Println(o.Patient.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println(o.Patient.ID)   // clean
}

// RecordElements: the elements of a marked collection of records are
// the field's data whole; their own marks decide their fields.
func RecordElements(w *Ward) {
	log.Println(w.Patients[0]) // want `Ward.Patients \(clinical\).* reaches log sink log.Println`
	for _, p := range w.Patients {
		log.Println(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
		log.Println(p.ID)   // clean
	}
	log.Println(w.Name) // clean
}

// Sources reads below a marked field of a source function's result, and
// below the result of one whose type marks nothing.
func Sources(id string) {
	log.Println(Load(id).Contact.Names[0].Family) // want `reaches log sink log.Println`
	log.Println(LoadContact(id).Names[0].Family)  // want `LoadContact\(\) \(direct\) reaches log sink log.Println`
}

// LookAlikes has the same field names without the mark.
func LookAlikes(l *LookAlike) {
	log.Println(l.Contact.Phone)           // clean
	log.Println(l.Contact.Names[0].Family) // clean
	fmt.Println(l.ID)                      // clean
}

// FirstFamily returns the first family name of the referral's contact.
func FirstFamily(r *Referral) string { return r.Contact.Names[0].Family }

// PatientID returns the order's patient's surrogate key.
func PatientID(o *Order) string { return o.Patient.ID }

// LogPhone logs a contact's phone: a parameter's data, reported at the
// caller.
func LogPhone(c *Contact) {
	log.Println(c.Phone)
}

// GetContact returns the referral's contact.
func (r *Referral) GetContact() *Contact { return r.Contact }

// GetPatient returns the order's patient.
func (o *Order) GetPatient() *Patient { return o.Patient }

// Getters read below a marked field through a method returning it.
func Getters(r *Referral, o *Order) {
	log.Println(r.GetContact().Names[0].Family) // want `Referral.Contact \(direct\) reaches log sink log.Println`
	log.Println(o.GetPatient().Name)            // want `Patient.Name \(direct\) reaches log sink log.Println`
}
