package phidiscover

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/phivet/phivet/analyzers/config"
)

// A term is one kind of identifiable data and the names that say a field
// holds it. The table below is the whole vocabulary: docs/discovery.md is
// generated from it (a test fails when the two drift apart).
//
// A pattern is a sequence of words, each a set of alternatives separated
// by "|": "birth date|day" matches the words "birth date" or "birth day"
// anywhere in a name's words; "^" and "$" anchor it to the first or last
// word. Anywhere patterns are specific enough to flag a field in any
// struct. Person patterns are words that identify someone only when they
// describe a person (a bare Name, Address or Email): they match the whole
// name (trailing digits aside, so Address2 is Address) and only in a
// struct whose own name says it describes a person or a health record
// (see personWords).
type term struct {
	What     string
	Class    config.Class
	Anywhere []string
	Person   []string
	// Examples are names that must be flagged: in any struct for a term
	// with anywhere patterns, in a Patient struct otherwise. The test
	// checks each one.
	Examples []string
}

var terms = []term{
	// Identifiers.
	{What: "NHS number", Class: config.ClassDirect,
		Anywhere: []string{"nhs number|no|num|id|identifier", "^nhs$"},
		Examples: []string{"NHSNumber", "nhs_no", "NhsNum", "NHS"}},
	{What: "CHI number", Class: config.ClassDirect,
		Anywhere: []string{"chi number|no|num"},
		Examples: []string{"CHINumber", "chi_no"}},
	{What: "H&C number", Class: config.ClassDirect,
		Anywhere: []string{"h and c number|no|num", "h c number|no|num", "hc number|no|num", "health and care number|no|num", "^hcn$"},
		Examples: []string{"HAndCNumber", "h_c_number", "HCNumber", "HealthAndCareNumber", "h&c_no"}},
	{What: "social security number", Class: config.ClassDirect,
		Anywhere: []string{"ssn", "social security"},
		Examples: []string{"SSN", "PatientSSN", "social_security_number"}},
	{What: "national insurance number", Class: config.ClassDirect,
		Anywhere: []string{"national insurance", "nino"},
		Examples: []string{"NationalInsuranceNumber", "NINO"}},
	{What: "medical record number", Class: config.ClassDirect,
		Anywhere: []string{"mrn", "medical record", "hospital number|no|num", "patient id|identifier|number|no|num|ref|reference"},
		Examples: []string{"MRN", "MedicalRecordNumber", "hospital_no", "PatientID"}},
	{What: "insurance or member id", Class: config.ClassDirect,
		Anywhere: []string{"insurance id|identifier|number|no|num", "policyholder", "policy holder", "subscriber id|number", "beneficiary id|number", "medicare|medicaid id|number|no|num"},
		Person:   []string{"member id|identifier|number|no|num", "insurance"},
		Examples: []string{"InsuranceID", "insurance_number", "PolicyHolder", "MedicareNumber", "MemberID"}},

	// Names.
	{What: "person's name", Class: config.ClassDirect,
		Anywhere: []string{"first|given|family|middle|maiden|legal|birth|patient|kin name", "forename", "surname"},
		Person:   []string{"name", "last|full|display|preferred|known name"},
		Examples: []string{"FirstName", "given_names", "Surname", "FamilyName", "full_name", "Forenames", "PatientName", "Name", "PreferredName"}},

	// Dates.
	{What: "date of birth", Class: config.ClassIndirect,
		Anywhere: []string{"dob", "^do b$", "date of birth", "birth date|day|dt", "birthdate", "birthday"},
		Person:   []string{"born", "born on|at"},
		Examples: []string{"DOB", "DoB", "DateOfBirth", "birth_date", "Birthdate", "Birthday", "Born"}},

	// Contact details.
	{What: "address", Class: config.ClassDirect,
		Anywhere: []string{"address|addr line", "home|residential|mailing|correspondence|patient|permanent|kin address", "house number|name"},
		Person:   []string{"address|addr", "street", "street|postal address", "town", "city", "county", "locality"},
		Examples: []string{"AddressLine1", "address_line_2", "HomeAddress", "HouseNumber", "Address", "Address2", "Street", "Town"}},
	{What: "postcode or ZIP code", Class: config.ClassIndirect,
		Anywhere: []string{"postcode", "post code", "zipcode", "zip code", "outward code"},
		Person:   []string{"zip", "postal code"},
		Examples: []string{"Postcode", "post_code", "ZipCode", "zipcode", "Zip", "PostalCode"}},
	{What: "phone number", Class: config.ClassDirect,
		Anywhere: []string{"phone|telephone|mobile|cell|fax|sms number|no|num", "home|mobile|work|cell|contact|patient|kin phone|telephone", "telephone"},
		Person:   []string{"phone", "mobile", "tel", "fax"},
		Examples: []string{"PhoneNumber", "mobile_no", "HomePhone", "Telephone", "Phone", "Mobile", "Tel"}},
	{What: "email address", Class: config.ClassDirect,
		Anywhere: []string{"patient|personal|home|contact|kin email", "patient|personal|home|contact|kin e mail"},
		Person:   []string{"email", "e mail", "email address"},
		Examples: []string{"PersonalEmail", "contact_email", "Email", "EMail", "EmailAddress"}},
	{What: "next of kin", Class: config.ClassDirect,
		Anywhere: []string{"next of kin", "^nok$", "kin", "emergency contact"},
		Examples: []string{"NextOfKin", "next_of_kin", "NOK", "Kin", "EmergencyContact"}},
	{What: "photograph", Class: config.ClassDirect,
		Person:   []string{"photo", "photograph", "picture", "portrait"},
		Examples: []string{"Photo", "Photograph"}},

	// Demographics and care.
	{What: "sex or gender", Class: config.ClassIndirect,
		Person:   []string{"sex", "gender"},
		Examples: []string{"Sex", "Gender"}},
	{What: "GP or GP practice", Class: config.ClassIndirect,
		Anywhere: []string{"gp practice|surgery|name|code|details|address|id|practitioner", "registered gp", "general practitioner|practice"},
		Person:   []string{"gp"},
		Examples: []string{"GPPractice", "gp_surgery", "RegisteredGP", "GeneralPractitioner", "GP"}},

	// Clinical and special-category information.
	{What: "diagnosis", Class: config.ClassClinical,
		Anywhere: []string{"diagnosis"},
		Examples: []string{"Diagnosis", "Diagnoses", "primary_diagnosis"}},
	{What: "condition", Class: config.ClassClinical,
		Anywhere: []string{"medical|health|clinical|chronic|presenting condition", "long term condition", "pre existing condition", "comorbidity"},
		Person:   []string{"condition"},
		Examples: []string{"MedicalCondition", "chronic_conditions", "Comorbidities", "Conditions"}},
	{What: "medication", Class: config.ClassClinical,
		Anywhere: []string{"medication", "medicine", "prescription", "prescribed", "drug name|dose|dosage"},
		Examples: []string{"Medications", "current_medicines", "Prescription", "DrugDose"}},
	{What: "allergy", Class: config.ClassClinical,
		Anywhere: []string{"allergy", "allergic"},
		Examples: []string{"Allergies", "allergy_list"}},
	{What: "clinical notes", Class: config.ClassClinical,
		Anywhere: []string{"clinical|medical|case|consultation|nursing|progress|patient|discharge note", "clinical", "symptom", "disability", "pregnancy|pregnant", "medical history", "treatment plan"},
		Person:   []string{"note", "history", "treatment"},
		Examples: []string{"ClinicalNotes", "nursing_notes", "ClinicalSummary", "Symptoms", "Notes", "MedicalHistory"}},
	{What: "ethnicity", Class: config.ClassClinical,
		Anywhere: []string{"ethnicity", "ethnic"},
		Person:   []string{"race"},
		Examples: []string{"Ethnicity", "ethnic_origin", "Race"}},
	{What: "religion", Class: config.ClassClinical,
		Anywhere: []string{"religion", "religious", "faith"},
		Examples: []string{"Religion", "religious_belief", "Faith"}},
	{What: "sexual orientation", Class: config.ClassClinical,
		Anywhere: []string{"sexual orientation", "sexuality"},
		Examples: []string{"SexualOrientation", "sexuality"}},
	{What: "gender identity", Class: config.ClassClinical,
		Anywhere: []string{"gender identity", "trans status", "gender reassignment"},
		Examples: []string{"GenderIdentity", "gender_identity"}},
}

// personWords are words that, in a struct's own name, say the struct
// describes a person or a health record: there a bare Name, Address or
// Email is the person's. Words that are as often technical (admission
// control, resource claims, code coverage, service registration, pub/sub
// subscribers, members of an archive) are not among them.
var personWords = []string{
	"patient", "person", "people", "individual", "contact", "kin", "guardian", "carer", "caregiver",
	"resident", "citizen", "applicant", "beneficiary", "customer", "employee", "demographic",
	"referral", "appointment", "encounter", "consultation", "prescription", "insurance",
}

// notFlagged documents names that are deliberately not identifiable on
// their own, with why. It is rendered in docs/discovery.md and the test
// checks that none of them is flagged, even in a Patient struct.
var notFlagged = []struct{ Name, Why string }{
	{"UserName", "an account's login handle, chosen for a system; mark it where it is a person's name"},
	{"FileName", "names a file"},
	{"HostName", "names a machine"},
	{"ServerAddress", "a network address; only home, residential, mailing and similar addresses are a person's"},
	{"IPAddress", "a network address"},
	{"EmailAddresses", "outside a person's struct, e.g. the addresses in an X.509 certificate"},
	{"ID", "a surrogate key; PatientID is flagged because it often holds a hospital number"},
	{"LastName", "outside a person's struct it is as often the previous name of something (testing's lastName); in a person's struct it is flagged"},
	{"FullName", "outside a person's struct it is as often a qualified name (an X.509 distribution point's FullName)"},
	{"Chi", "chi alone is a Greek letter or a statistic; CHINumber is flagged"},
}

// pattern is a compiled pattern: per word, its alternatives.
type pattern struct {
	words        [][]string
	first, last  bool // anchored at the start or the end of the name
	person, wide bool
}

type compiledTerm struct {
	*term
	anywhere, person []pattern
}

var compiled = compileTerms(terms)

func compileTerms(ts []term) []compiledTerm {
	out := make([]compiledTerm, len(ts))
	for i := range ts {
		out[i].term = &ts[i]
		for _, s := range ts[i].Anywhere {
			out[i].anywhere = append(out[i].anywhere, compilePattern(s, false))
		}
		for _, s := range ts[i].Person {
			out[i].person = append(out[i].person, compilePattern(s, true))
		}
	}
	return out
}

func compilePattern(s string, whole bool) pattern {
	p := pattern{first: whole, last: whole}
	if rest, ok := strings.CutPrefix(s, "^"); ok {
		s, p.first = rest, true
	}
	if rest, ok := strings.CutSuffix(s, "$"); ok {
		s, p.last = rest, true
	}
	for _, w := range strings.Fields(s) {
		p.words = append(p.words, strings.Split(w, "|"))
	}
	return p
}

// match reports whether p matches words somewhere (respecting anchors).
func (p pattern) match(words []string) bool {
	n := len(p.words)
	for start := 0; start+n <= len(words); start++ {
		if p.first && start != 0 {
			break
		}
		if p.last && start+n != len(words) {
			continue
		}
		ok := true
		for i, alts := range p.words {
			if !contains(alts, words[start+i]) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// classify returns the first term a name with the given words matches;
// person says whether the struct describes a person.
func classify(words []string, person bool) *term {
	if len(words) == 0 {
		return nil
	}
	trimmed := words
	for len(trimmed) > 1 && isNumber(trimmed[len(trimmed)-1]) {
		trimmed = trimmed[:len(trimmed)-1]
	}
	for _, t := range compiled {
		for _, p := range t.anywhere {
			if p.match(words) {
				return t.term
			}
		}
		if !person {
			continue
		}
		for _, p := range t.person {
			if p.match(trimmed) {
				return t.term
			}
		}
	}
	return nil
}

// isPerson reports whether a struct named with these words describes a
// person or a health record.
func isPerson(words []string) bool {
	for _, w := range words {
		if contains(personWords, w) {
			return true
		}
	}
	return false
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// words splits a Go identifier or a tag name into lower-case, singular
// words: camelCase and PascalCase (with acronyms: NHSNumber is "nhs
// number"), snake_case, kebab-case and dotted names, digits apart
// (AddressLine1 is "address line 1"), and "&" as "and" (H&C).
func words(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, singular(strings.ToLower(string(cur))))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			if r == '&' {
				out = append(out, "and")
			}
			continue
		}
		if len(cur) > 0 {
			prev := rs[i-1]
			switch {
			case unicode.IsDigit(r) != unicode.IsDigit(prev):
				flush()
			case unicode.IsUpper(r) && unicode.IsLower(prev):
				flush()
			case unicode.IsUpper(r) && unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
				flush() // the last capital of an acronym starts the next word
			}
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// singular undoes the plurals field names use: Addresses, Diagnoses,
// Allergies, Notes.
func singular(w string) string {
	switch {
	case w == "diagnoses":
		return "diagnosis"
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// Markdown renders the vocabulary for docs/discovery.md.
func Markdown() string {
	var b strings.Builder
	b.WriteString("| data | suggested class | flagged in any struct when the name contains | flagged in a person's struct when the whole name is | examples |\n")
	b.WriteString("| --- | --- | --- | --- | --- |\n")
	for _, t := range terms {
		fmt.Fprintf(&b, "| %s | `%s` | %s | %s | %s |\n", t.What, t.Class, patternList(t.Anywhere), patternList(t.Person), codeList(t.Examples))
	}
	b.WriteString("\nWords that make a struct a person's (in the struct's own name): ")
	b.WriteString(codeList(personWords))
	b.WriteString(".\n\nNot flagged on their own:\n\n| name | why |\n| --- | --- |\n")
	for _, n := range notFlagged {
		fmt.Fprintf(&b, "| `%s` | %s |\n", n.Name, n.Why)
	}
	return b.String()
}

func patternList(ps []string) string {
	if len(ps) == 0 {
		return "—"
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = "`" + strings.ReplaceAll(p, "|", "\\|") + "`"
	}
	return strings.Join(out, ", ")
}

func codeList(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "`" + s + "`"
	}
	return strings.Join(out, ", ")
}
