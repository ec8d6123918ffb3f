package packs

import (
	"regexp"
	"strings"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/vocab"
)

// lenatenLib is github.com/lenaten/hl7 ("Go Level 7"), an HL7 v2 library
// read by path strings: msg.Find("PID.5.1") is the first component of
// field 5 of the PID segment. Structs filled by its Unmarshal name their
// fields' paths in hl7:"…" tags.
const lenatenLib = "github.com/lenaten/hl7"

// hl7Field is one HL7 v2 field position, the identifier it is under HIPAA
// Safe Harbor or NHS guidance, and its class.
type hl7Field struct {
	path  string // SEG.N
	class vocab.Class
	why   string // "SEG-N what it is: why it identifies"
}

// hl7Direct, hl7Indirect and hl7Clinical make the field of each class
// that why, "SEG-N …", describes.
func hl7Direct(why string) hl7Field   { return hl7At(vocab.ClassDirect, why) }
func hl7Indirect(why string) hl7Field { return hl7At(vocab.ClassIndirect, why) }
func hl7Clinical(why string) hl7Field { return hl7At(vocab.ClassClinical, why) }

// hl7At is the field of class at the position why starts with: "PID-5
// patient name" is PID.5.
func hl7At(class vocab.Class, why string) hl7Field {
	position, _, _ := strings.Cut(why, " ")
	return hl7Field{path: strings.Replace(position, "-", ".", 1), class: class, why: why}
}

// hl7PatientFields are the positions of the segments that carry a
// patient's identity, contact details and clinical content (HL7 v2.5
// field definitions). A key is a path, so it also covers the components
// under it (PID.5 covers PID.5.1).
var hl7PatientFields = []hl7Field{
	hl7Direct("PID-2 patient ID: HIPAA medical record number, NHS number"),
	hl7Direct("PID-3 patient identifier list: HIPAA medical record numbers, NHS number"),
	hl7Direct("PID-4 alternate patient ID: HIPAA medical record numbers"),
	hl7Direct("PID-5 patient name: HIPAA names"),
	hl7Direct("PID-6 mother's maiden name: HIPAA names of relatives"),
	hl7Indirect("PID-7 date/time of birth: HIPAA dates"),
	hl7Indirect("PID-8 administrative sex"),
	hl7Direct("PID-9 patient alias: HIPAA names"),
	hl7Direct("PID-11 patient address: HIPAA geographic subdivisions"),
	hl7Direct("PID-13 home phone: HIPAA telephone numbers and email"),
	hl7Direct("PID-14 business phone: HIPAA telephone numbers"),
	hl7Direct("PID-18 patient account number: HIPAA account numbers"),
	hl7Direct("PID-19 SSN: HIPAA social security numbers"),
	hl7Direct("PID-20 driver's license number: HIPAA certificate/license numbers"),
	hl7Direct("PID-21 mother's identifier: HIPAA identifiers of relatives"),
	hl7Indirect("PID-29 death date and time: HIPAA dates"),
	hl7Indirect("PD1-3 patient primary facility: NHS registered GP practice"),
	hl7Indirect("PD1-4 patient primary care provider: NHS registered GP"),
	hl7Direct("NK1-2 next of kin name: HIPAA names of relatives"),
	hl7Direct("NK1-4 next of kin address: HIPAA addresses of relatives"),
	hl7Direct("NK1-5 next of kin phone: HIPAA telephone numbers of relatives"),
	hl7Direct("NK1-6 next of kin business phone: HIPAA telephone numbers of relatives"),
	hl7Direct("PV1-19 visit number: HIPAA account numbers"),
	hl7Indirect("PV1-44 admit date/time: HIPAA dates (admission date)"),
	hl7Indirect("PV1-45 discharge date/time: HIPAA dates (discharge date)"),
	hl7Clinical("PV2-3 admit reason: clinical content"),
	hl7Clinical("OBX-3 observation identifier: what was tested, clinical content"),
	hl7Clinical("OBX-5 observation value: results, clinical content"),
	hl7Clinical("DG1-3 diagnosis code: clinical content"),
	hl7Clinical("DG1-4 diagnosis description: clinical content"),
	hl7Clinical("AL1-3 allergen: clinical content"),
	hl7Clinical("AL1-5 allergy reaction: clinical content"),
	hl7Clinical("NTE-3 comment: clinical notes"),
	hl7Direct("MRG-1 prior patient identifier list: HIPAA medical record numbers"),
	hl7Direct("MRG-3 prior patient account number: HIPAA account numbers"),
	hl7Direct("MRG-4 prior patient ID: HIPAA medical record numbers"),
	hl7Direct("MRG-7 prior patient name: HIPAA names"),
	hl7Direct("IN1-16 name of insured: HIPAA names"),
	hl7Indirect("IN1-18 insured's date of birth: HIPAA dates"),
	hl7Direct("IN1-19 insured's address: HIPAA geographic subdivisions"),
	hl7Direct("IN1-36 policy number: HIPAA health plan beneficiary numbers"),
	hl7Direct("IN1-49 insured's ID number: HIPAA health plan beneficiary numbers"),
	hl7Direct("GT1-2 guarantor number: HIPAA account numbers"),
	hl7Direct("GT1-3 guarantor name: HIPAA names"),
	hl7Direct("GT1-5 guarantor address: HIPAA geographic subdivisions"),
	hl7Direct("GT1-6 guarantor home phone: HIPAA telephone numbers"),
	hl7Direct("GT1-7 guarantor business phone: HIPAA telephone numbers"),
	hl7Indirect("GT1-8 guarantor date of birth: HIPAA dates"),
	hl7Direct("GT1-12 guarantor SSN: HIPAA social security numbers"),
}

// hl7StrictFields are identifiers of every kind, display names and free
// text beyond the patient profile.
var hl7StrictFields = []hl7Field{
	hl7Indirect("PID-10 race"),
	hl7Indirect("PID-12 county code: HIPAA geographic subdivisions"),
	hl7Indirect("PID-15 primary language"),
	hl7Indirect("PID-16 marital status"),
	hl7Indirect("PID-17 religion"),
	hl7Indirect("PID-22 ethnic group"),
	hl7Indirect("PID-23 birth place: HIPAA geographic subdivisions"),
	hl7Indirect("NK1-3 relationship to the patient"),
	hl7Indirect("PV1-3 assigned patient location"),
	hl7Indirect("PV1-7 attending doctor: display names"),
	hl7Indirect("PV1-8 referring doctor: display names"),
	hl7Indirect("PV1-17 admitting doctor: display names"),
	hl7Clinical("PV2-12 visit description: free text"),
	hl7Indirect("OBX-14 date/time of the observation: HIPAA dates"),
	hl7Indirect("DG1-5 diagnosis date/time: HIPAA dates"),
	hl7Direct("IN1-2 insurance plan ID: HIPAA health plan beneficiary numbers"),
}

// lenatenLookups are the Message methods that read a value by path.
var lenatenLookups = []string{
	"(*" + lenatenLib + ".Message).Find",
	"(*" + lenatenLib + ".Message).FindAll",
}

func lenatenMarks() []Mark {
	var marks []Mark
	for _, profile := range []struct {
		p      Profile
		fields []hl7Field
	}{{ProfilePatient, hl7PatientFields}, {ProfileStrict, hl7StrictFields}} {
		keys := map[string]vocab.Class{}
		for _, f := range profile.fields {
			keys[f.path] = f.class
		}
		for _, fn := range lenatenLookups {
			marks = append(marks, Mark{Profile: profile.p, Source: config.Source{Func: fn, Keys: keys},
				Why: "HL7 v2 fields by path (" + string(profile.p) + " profile): " + hl7Whys(profile.fields)})
		}
		// Structs filled by Unmarshal name the same paths in their tags:
		// one rule per class, a path or a component under it.
		for _, class := range []vocab.Class{vocab.ClassDirect, vocab.ClassIndirect, vocab.ClassClinical} {
			re := hl7TagPattern(profile.fields, class)
			if re == "" {
				continue
			}
			marks = append(marks, Mark{Profile: profile.p, Source: config.Source{Tag: "hl7", Match: re, Class: class},
				Why: "HL7 v2 fields named in hl7:\"SEG.N\" struct tags (" + class.String() + ", " + string(profile.p) + " profile): " + hl7Whys(hl7Of(profile.fields, class))})
		}
	}
	return append(marks,
		Mark{Profile: ProfilePatient, Source: config.Source{Field: lenatenLib + ".Message.Value", Class: vocab.ClassDirect},
			Why: "HL7 v2 raw message bytes: a whole message carries PID and the patient's other segments"},
		Mark{Profile: ProfilePatient, Source: config.Source{Field: lenatenLib + ".Segment.Value", Class: vocab.ClassDirect},
			Why: "HL7 v2 raw segment bytes: a whole message prints its segments"})
}

func hl7Of(fields []hl7Field, class vocab.Class) []hl7Field {
	var out []hl7Field
	for _, f := range fields {
		if f.class == class {
			out = append(out, f)
		}
	}
	return out
}

// hl7TagPattern matches a tag value that is one of the paths of class, or
// a component under one: ^(PID\.5|PID\.7)(\.|$).
func hl7TagPattern(fields []hl7Field, class vocab.Class) string {
	var alts []string
	for _, f := range hl7Of(fields, class) {
		alts = append(alts, regexp.QuoteMeta(f.path))
	}
	if len(alts) == 0 {
		return ""
	}
	return `^(` + strings.Join(alts, "|") + `)(\.|$)`
}

func hl7Whys(fields []hl7Field) string {
	whys := make([]string, len(fields))
	for i, f := range fields {
		whys[i] = f.why
	}
	return strings.Join(whys, "; ")
}

// HL7v2Lenaten marks github.com/lenaten/hl7.
var HL7v2Lenaten = &Table{
	Pack:    "hl7v2",
	Library: lenatenLib,
	Version: "v0.0.0-20181009090854-63c5c49a56d9",
	Marks:   lenatenMarks(),
}
