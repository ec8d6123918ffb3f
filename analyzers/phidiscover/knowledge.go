package phidiscover

import (
	"go/types"
	"slices"
)

// What makes a struct about someone, for the Knowledge terms (term
// Knowledge): a medicine or an allergy named in a struct about no one is
// a drug reference's entry (a formulary's, an interaction rule's).

// linksPerson reports whether a field so named links its struct to a
// person: a patient word in its name (PatientID, Patient,
// PatientWeightKg) or a subject word as the whole name, whatever its
// type (a key, a reference, the record itself).
func linksPerson(name string) bool {
	ws := words(name)
	return patientQualified(ws) || len(ws) == 1 && contains(subjectWords, ws[0])
}

// eventTime reports whether a field is the time of an event (when an
// allergy was recorded, a medicine taken): a time.Time, or a pointer to
// one, not named for bookkeeping. A drug reference's entries have no
// time of their own; an event in someone's history does.
func eventTime(name string, t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "time" || n.Obj().Name() != "Time" {
		return false
	}
	return !slices.ContainsFunc(spelled(name), func(w string) bool { return contains(bookkeepingWords, w) })
}
