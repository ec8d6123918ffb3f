package packs

import "github.com/phivet/phivet/analyzers/config"

// dicomLib is github.com/suyashkumar/dicom, the DICOM library Go imaging
// code imports: a Dataset's elements are looked up by tag.
const dicomLib = "github.com/suyashkumar/dicom"

// dicomLookups are the Dataset methods that find an element by its tag.
var dicomLookups = []string{
	"(*" + dicomLib + ".Dataset).FindElementByTag",
	"(*" + dicomLib + ".Dataset).FindElementByTagNested",
}

// dicomPatientKeys are the attributes of the DICOM basic application level
// confidentiality profile (PS3.15 Annex E, table E.1-1) that identify the
// patient or describe their care, by the tag variables of pkg/tag.
var dicomPatientKeys = map[string]config.Class{
	"tag.PatientName":              config.ClassDirect,   // (0010,0010) HIPAA names
	"tag.PatientID":                config.ClassDirect,   // (0010,0020) HIPAA medical record numbers
	"tag.OtherPatientIDs":          config.ClassDirect,   // (0010,1000)
	"tag.OtherPatientIDsSequence":  config.ClassDirect,   // (0010,1002)
	"tag.OtherPatientNames":        config.ClassDirect,   // (0010,1001)
	"tag.PatientBirthName":         config.ClassDirect,   // (0010,1005)
	"tag.PatientMotherBirthName":   config.ClassDirect,   // (0010,1060)
	"tag.MedicalRecordLocator":     config.ClassDirect,   // (0010,1090)
	"tag.PatientAddress":           config.ClassDirect,   // (0010,1040) HIPAA geographic subdivisions
	"tag.PatientTelephoneNumbers":  config.ClassDirect,   // (0010,2154) HIPAA telephone numbers
	"tag.AccessionNumber":          config.ClassDirect,   // (0008,0050) HIPAA other unique identifying numbers
	"tag.PatientBirthDate":         config.ClassIndirect, // (0010,0030) HIPAA dates
	"tag.PatientBirthTime":         config.ClassIndirect, // (0010,0032)
	"tag.PatientSex":               config.ClassIndirect, // (0010,0040)
	"tag.PatientAge":               config.ClassIndirect, // (0010,1010)
	"tag.ReferringPhysicianName":   config.ClassIndirect, // (0008,0090) names the patient's care
	"tag.StudyDate":                config.ClassIndirect, // (0008,0020) HIPAA dates
	"tag.StudyDescription":         config.ClassClinical, // (0008,1030)
	"tag.SeriesDescription":        config.ClassClinical, // (0008,103E)
	"tag.PatientComments":          config.ClassClinical, // (0010,4000)
	"tag.ImageComments":            config.ClassClinical, // (0020,4000)
	"tag.AdditionalPatientHistory": config.ClassClinical, // (0010,21B0)
	"tag.MedicalAlerts":            config.ClassClinical, // (0010,2000)
	"tag.Allergies":                config.ClassClinical, // (0010,2110)
}

// dicomStrictKeys are the profile's other attributes: the identifiers of
// studies, series and instances, which link images back to the patient,
// and the names and places around the study.
var dicomStrictKeys = map[string]config.Class{
	"tag.StudyInstanceUID":        config.ClassIndirect, // (0020,000D)
	"tag.SeriesInstanceUID":       config.ClassIndirect, // (0020,000E)
	"tag.SOPInstanceUID":          config.ClassIndirect, // (0008,0018)
	"tag.StudyID":                 config.ClassIndirect, // (0020,0010)
	"tag.InstitutionName":         config.ClassIndirect, // (0008,0080)
	"tag.InstitutionAddress":      config.ClassIndirect, // (0008,0081)
	"tag.PerformingPhysicianName": config.ClassIndirect, // (0008,1050)
	"tag.OperatorsName":           config.ClassIndirect, // (0008,1070)
	"tag.Occupation":              config.ClassIndirect, // (0010,2180)
	"tag.EthnicGroup":             config.ClassIndirect, // (0010,2160)
}

func dicomMarks() []Mark {
	var marks []Mark
	for _, fn := range dicomLookups {
		marks = append(marks,
			Mark{Profile: ProfilePatient, Source: config.Source{Func: fn, Keys: dicomPatientKeys},
				Why: "DICOM PS3.15 E.1-1 basic profile: patient identity, demographics and descriptions, by tag (HIPAA Safe Harbor names, dates, telephone numbers, addresses, record and accession numbers)"},
			Mark{Profile: ProfileStrict, Source: config.Source{Func: fn, Keys: dicomStrictKeys},
				Why: "DICOM PS3.15 E.1-1 basic profile: study, series and instance UIDs, institution and staff, by tag"})
	}
	return append(marks, Mark{Profile: ProfilePatient,
		Source: config.Source{Field: dicomLib + ".Dataset.Elements", Class: config.ClassDirect},
		Why:    "DICOM PS3.15 E.1-1: a whole dataset holds the patient's identity attributes; printed or sent whole it is identifiable"})
}

// DICOM marks github.com/suyashkumar/dicom.
var DICOM = &Table{
	Pack:    "dicom",
	Library: dicomLib,
	Version: "v1.1.0",
	Marks:   dicomMarks(),
}
