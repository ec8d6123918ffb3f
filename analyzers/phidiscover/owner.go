package phidiscover

import (
	"go/types"
	"slices"

	"github.com/phivet/phivet/analyzers/vocab"
)

// ownerKind says whose data a struct holds, judged by the struct's own
// name.
type ownerKind int

const (
	// ownerOther: a struct whose name says nothing about a person.
	ownerOther ownerKind = iota
	// ownerPerson: named for a person (Patient, PatientContactComponent,
	// RelatedPerson): person patterns count, and links and flags are the
	// person's data.
	ownerPerson
	// ownerRecord: named for a health record about one patient
	// (ReferralRequest, Encounter): person patterns count, but links and
	// flags are keys and statuses of the record.
	ownerRecord
	// ownerStaff: named for staff or an organisation (Practitioner,
	// OrganizationContactComponent): demographic terms are theirs, not a
	// patient's.
	ownerStaff
	// ownerProduct: named for a medicinal product or a substance
	// (MedicinalProductAuthorization, DrugProduct): its birth date is the
	// product's first authorisation, its indications and comorbidities
	// are what it treats; neither demographic nor clinical terms are a
	// patient's.
	ownerProduct
	// ownerItem: named for one clinical item of a patient's record, a
	// person word before a clinical head noun (PatientProblemSymptom,
	// PatientAllergyOutput, PatientVitalSignOutput): the head noun, not
	// the patient word before it, says what the struct describes. Its
	// clinical person patterns count (a symptom's note is the patient's),
	// but its bare name is the item's (the allergy's, the vital sign's),
	// so demographic person patterns do not; links and flags are keys
	// and statuses, as in a record.
	ownerItem
)

// ownerOf judges a struct by the words of its name: the first person,
// record or staff word decides, unless the name ends in a word that says
// the struct is about something other than the data (PatientTag,
// PatientVisitMeta). A head-only word (contact) counts only when nothing
// but wrapper words follow it.
func ownerOf(words []string) ownerKind {
	if len(words) == 0 || contains(notDataHeads, words[len(words)-1]) || componentName(words) {
		return ownerOther
	}
	for i, w := range words {
		switch {
		case contains(staffWords, w):
			return ownerStaff
		case contains(productWords, w):
			return ownerProduct
		case contains(recordWords, w):
			return ownerRecord
		case contains(headOnlyWords, w) && !onlyWrappers(words[i+1:]):
			continue
		case contains(personWords, w):
			if slices.ContainsFunc(words[i+1:], func(v string) bool { return contains(staffWords, v) }) {
				// PatientDoctor, Outpatient_Nurse: the staff member of a
				// patient's record, as a staff word before it says.
				return ownerStaff
			}
			if clinicalHead(words[i+1:]) {
				// PatientProblemSymptom: one clinical item of a patient's
				// record, not the patient; its SymptomID is a link.
				return ownerItem
			}
			return ownerPerson
		}
	}
	return ownerOther
}

// clinicalHead reports whether the head noun of words, what is left
// before the wrapper words at the end, names a clinical item: its last
// word names clinical data on its own (symptom, diagnosis, allergy), or
// it ends in one of clinicalItemHeads (vital sign, test result).
func clinicalHead(words []string) bool {
	n := len(words)
	for n > 0 && contains(wrapperWords, words[n-1]) {
		n--
	}
	if n == 0 {
		return false
	}
	if t := classify(words[n-1:n], false); t != nil && t.Class == vocab.ClassClinical {
		return true
	}
	return slices.ContainsFunc(clinicalItems, func(p pattern) bool { return p.match(words[:n]) })
}

// clinicalItems are clinicalItemHeads compiled, anchored at the end.
var clinicalItems = compileItemHeads(clinicalItemHeads)

func compileItemHeads(heads []string) []pattern {
	out := make([]pattern, len(heads))
	for i, h := range heads {
		out[i] = compilePattern(h, false)
		out[i].last = true
	}
	return out
}

func onlyWrappers(words []string) bool {
	for _, w := range words {
		if !contains(wrapperWords, w) {
			return false
		}
	}
	return true
}

// isKeyName reports whether a name that matches term t ends in a key
// word outside the words that match t (DiagnosisLinkID matches diagnosis
// without its last word; SubscriberID needs it, and a pattern of
// AadhaarID's term ends in its id: a national identifier's id is the
// number).
func isKeyName(words []string, t *term) bool {
	return endsInWordAfter(words, t, keyWords)
}

// endsInWordAfter reports whether a name matches term t by the words
// before its last, and that last word, one of list, is not part of
// one of t's own patterns.
func endsInWordAfter(words []string, t *term, list []string) bool {
	n := len(words)
	if n < 2 || !contains(list, words[n-1]) {
		return false
	}
	return classify(words[:n-1], false) == t && !namesThrough(words, t)
}

// namesActor reports whether a name matching clinical term t only
// because of its first words ends in an actorWords word: who did it,
// not the data (PrescribedBy).
func namesActor(words []string, t *term) bool {
	return t.Class == vocab.ClassClinical && endsInWordAfter(words, t, actorWords)
}

// aggregated reports whether a name has an aggregateWords word.
func aggregated(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return contains(aggregateWords, w) })
}

// isStoreName reports whether a field of type typ whose name matches
// term t names a store of that data: it is text, and its words are t's,
// then a store word, then at most one store-name word
// (PrescriptionTableName, MedicalHistoryBucket).
func isStoreName(words []string, t *term, typ types.Type) bool {
	if !isText(typ) {
		return false
	}
	n := len(words)
	if n > 2 && contains(storeNameWords, words[n-1]) {
		n--
	}
	if n < 2 || !contains(storeWords, words[n-1]) {
		return false
	}
	return classify(words[:n-1], false) == t
}

// isText reports whether t is a string type or a pointer to one.
func isText(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// qualified reports whether a field's name says whose data it is: a
// person, record or staff word (PatientName, KinPhone, ClinicianEmail).
func qualified(words []string) bool {
	for _, w := range words {
		if contains(personWords, w) || contains(recordWords, w) || contains(staffWords, w) {
			return true
		}
	}
	return false
}

// patientQualified reports whether a field's name says it is a patient's
// (PatientName, InpatientNumber): see patientWords.
func patientQualified(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return contains(patientWords, w) })
}

// staffQualified reports whether a field's name says it is a staff
// member's (PractitionerNIK, DoctorPhone): its demographic data is
// theirs, not a patient's. An organisation's name does not say so of a
// field: a patient's record names their GP practice's postcode.
func staffQualified(name string) bool {
	return slices.ContainsFunc(words(name), func(w string) bool { return contains(staffPersonWords, w) })
}
