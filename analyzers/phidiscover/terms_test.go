package phidiscover

import (
	"flag"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated part of docs/discovery.md")

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"NHSNumber":             "nhs number",
		"nhs_number":            "nhs number",
		"AddressLine1":          "address line 1",
		"GPPractice":            "gp practice",
		"DoB":                   "do b",
		"DOB":                   "dob",
		"HAndCNumber":           "h and c number",
		"h&c-no":                "h and c no",
		"Diagnoses":             "diagnosis",
		"Allergies":             "allergy",
		"EmailAddresses":        "email address",
		"Status":                "status",
		"firstName":             "first name",
		"patient.date_of_birth": "patient date of birth",
		"HTTPServer2Addr":       "http server 2 addr",
	} {
		if got := strings.Join(words(in), " "); got != want {
			t.Errorf("words(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every example in the table is flagged as its own term: anywhere terms
// in any struct, person terms in a Patient.
func TestExamples(t *testing.T) {
	for _, tm := range terms {
		for _, ex := range tm.Examples {
			got := classify(words(ex), true)
			if got == nil || got.What != tm.What {
				t.Errorf("%s: %q classified as %v", tm.What, ex, got)
			}
		}
	}
}

// Person words count only in a person's struct.
func TestPersonOnly(t *testing.T) {
	for _, n := range []string{"Name", "Address", "Email", "Phone", "Notes", "Conditions", "Zip", "Sex", "GP", "Street", "PostalCode", "Fname", "Lname", "Postal", "Complaint",
		"SecondName", "Contact", "ContactNumber", "Treatment", "PolicyNumber", "Dosage"} {
		if got := classify(words(n), false); got != nil {
			t.Errorf("%q flagged outside a person's struct as %s", n, got.What)
		}
		if got := classify(words(n), true); got == nil {
			t.Errorf("%q not flagged in a person's struct", n)
		}
	}
	for s, want := range map[string]ownerKind{
		"Patient":                       ownerPerson,
		"PersonRecord":                  ownerPerson,
		"next_of_kin":                   ownerPerson,
		"PatientDemographics":           ownerPerson,
		"PatientDetails":                ownerPerson,
		"PatientContact":                ownerPerson,
		"PatientContactComponent":       ownerPerson,
		"EmergencyContact":              ownerPerson,
		"Outpatient":                    ownerPerson,
		"InpatientDetails":              ownerPerson,
		"Referrals":                     ownerRecord,
		"ReferralRequest":               ownerRecord,
		"EncounterDiagnosisComponent":   ownerRecord,
		"PatientProblemSymptom":         ownerItem,
		"PatientAllergyRecord":          ownerItem,
		"PatientAllergyOutput":          ownerItem,
		"PatientVitalSignOutput":        ownerItem,
		"PatientTestResultOutput":       ownerItem,
		"PatientObservation":            ownerItem,
		"PatientDetailsOutput":          ownerPerson,
		"Visit":                         ownerRecord,
		"HistoryVisit":                  ownerRecord,
		"PatientVisit":                  ownerPerson,
		"Practitioner":                  ownerStaff,
		"PractitionerRole":              ownerStaff,
		"OrganizationContactComponent":  ownerStaff,
		"MedicinalProductAuthorization": ownerProduct,
		"DrugProductIndication":         ownerProduct,
		"SubstanceSpecification":        ownerProduct,
		"PrescriptionProduct":           ownerRecord,
		"Server":                        ownerOther,
		"Certificate":                   ownerOther,
		"Name":                          ownerOther,
		"Config":                        ownerOther,
		"Profile":                       ownerOther,
		"Client":                        ownerOther,
		"MemberHeader":                  ownerOther,
		"AdmissionRequest":              ownerOther,
		"ResourceClaim":                 ownerOther,
		"CoverageReport":                ownerOther,
		"PatientTag":                    ownerOther,
		"PatientVisitMeta":              ownerOther,
		"PatientSearchOptions":          ownerOther,
		"PatientService":                ownerOther,
		"PatientServiceImpl":            ownerOther,
		"PatientUseCase":                ownerOther,
		"ContactDetail":                 ownerOther,
		"ContactPoint":                  ownerOther,
	} {
		if got := ownerOf(words(s)); got != want {
			t.Errorf("ownerOf(%q) = %d, want %d", s, got, want)
		}
	}
}

// A key word at the end of a name makes it a key of the data only when
// the rest of the name already matches the term.
func TestKeyNames(t *testing.T) {
	for name, want := range map[string]bool{
		"DiagnosisLinkId":     true,
		"MedicationReference": true,
		"AllergyStatus":       true,
		"PrescriptionCount":   true,
		"DiagnosisSystem":     true,
		"DiagnosisCodeSystem": true,
		"DiagnosisRole":       true,
		"DiagnosisCode":       false,
		"SubscriberId":        false,
		"InsuranceID":         false,
		"gp_id":               false,
		"NHSNumber":           false,
		"Diagnosis":           false,
	} {
		ws := words(name)
		tm := classify(ws, false)
		if tm == nil {
			t.Errorf("%q not flagged at all", name)
			continue
		}
		if got := isKeyName(ws, tm); got != want {
			t.Errorf("isKeyName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestNotFlagged(t *testing.T) {
	for _, n := range notFlagged {
		kind := ownerPerson
		if strings.Contains(n.Why, "outside a person's struct") || strings.Contains(n.Why, "outside a struct named for a person") {
			kind = ownerOther
		}
		c := candidate{id: ast.NewIdent(n.Name), typ: types.Typ[types.String]}
		if got, _ := c.judge(kind == ownerPerson, kind); got != nil {
			t.Errorf("%q flagged as %s", n.Name, got.What)
		}
	}
}

func TestTagNames(t *testing.T) {
	got := tagNames(`json:"nhs_number,omitempty" db:"-" yaml:"dob" protobuf:"bytes,1,opt,name=first_name,json=firstName,proto3"`)
	want := []string{"nhs_number", "dob", "first_name", "firstName"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tagNames = %q, want %q", got, want)
	}
}

const (
	beginGenerated = "<!-- BEGIN GENERATED: phidiscover.Markdown; edit analyzers/phidiscover/terms.go and run go test ./analyzers/phidiscover -run TestDiscoveryDoc -update -->\n"
	endGenerated   = "<!-- END GENERATED -->\n"
)

// docs/discovery.md holds the vocabulary as generated from the table.
func TestDiscoveryDoc(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "discovery.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	before, rest, ok1 := strings.Cut(doc, beginGenerated)
	_, after, ok2 := strings.Cut(rest, endGenerated)
	if !ok1 || !ok2 {
		t.Fatalf("%s lacks the generated-section markers", path)
	}
	want := before + beginGenerated + Markdown() + endGenerated + after
	if want == doc {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s is out of date with terms.go: run go test ./analyzers/phidiscover -run TestDiscoveryDoc -update", path)
}

// A type's name says it is a part of the program by its last word, after
// implementation words.
func TestComponentName(t *testing.T) {
	for name, want := range map[string]bool{
		"AllergyService":       true,
		"diagnosisRepo":        true,
		"allergyServiceImpl":   true,
		"PrescriptionUseCase":  true,
		"prescriptionUsecase":  true,
		"MedicationStore":      true,
		"Impl":                 false,
		"Case":                 false,
		"Diagnosis":            false,
		"ServiceRequest":       false,
		"UseCaseDescription":   false,
		"MedicationRepository": true,
	} {
		if got := componentName(words(name)); got != want {
			t.Errorf("componentName(%q) = %v, want %v", name, got, want)
		}
	}
}
