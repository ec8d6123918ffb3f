package packs

import (
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/vocab"
)

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
var dicomPatientKeys = map[string]vocab.Class{
	// (0010,0010) HIPAA names
	"tag.PatientName": vocab.ClassDirect,
	// (0010,0020) HIPAA medical record numbers
	"tag.PatientID": vocab.ClassDirect,
	// (0010,1000)
	"tag.OtherPatientIDs": vocab.ClassDirect,
	// (0010,1002)
	"tag.OtherPatientIDsSequence": vocab.ClassDirect,
	// (0010,1001)
	"tag.OtherPatientNames": vocab.ClassDirect,
	// (0010,1005)
	"tag.PatientBirthName": vocab.ClassDirect,
	// (0010,1060)
	"tag.PatientMotherBirthName": vocab.ClassDirect,
	// (0010,1090)
	"tag.MedicalRecordLocator": vocab.ClassDirect,
	// (0010,1040) HIPAA geographic subdivisions
	"tag.PatientAddress": vocab.ClassDirect,
	// (0010,2154) HIPAA telephone numbers
	"tag.PatientTelephoneNumbers": vocab.ClassDirect,
	// (0008,0050) HIPAA other unique identifying numbers
	"tag.AccessionNumber": vocab.ClassDirect,
	// (0010,0030) HIPAA dates
	// (0010,0032)
	"tag.PatientBirthDate": vocab.ClassIndirect,
	// (0010,0040)
	"tag.PatientBirthTime": vocab.ClassIndirect,
	// (0010,1010)
	"tag.PatientSex": vocab.ClassIndirect,
	// (0008,0090) names the patient's care
	"tag.PatientAge": vocab.ClassIndirect,
	// (0008,0020) HIPAA dates
	"tag.ReferringPhysicianName": vocab.ClassIndirect,
	// (0008,1030)
	"tag.StudyDate": vocab.ClassIndirect,
	// (0008,103E)
	"tag.StudyDescription": vocab.ClassClinical,
	// (0010,4000)
	"tag.SeriesDescription": vocab.ClassClinical,
	// (0020,4000)
	"tag.PatientComments": vocab.ClassClinical,
	// (0010,21B0)
	"tag.ImageComments": vocab.ClassClinical,
	// (0010,2000)
	"tag.AdditionalPatientHistory": vocab.ClassClinical,
	// (0010,2110)
	"tag.MedicalAlerts": vocab.ClassClinical,
	"tag.Allergies":     vocab.ClassClinical,
}

// dicomStrictKeys are the profile's other attributes: the identifiers of
// studies, series and instances, which link images back to the patient,
// and the names and places around the study.
var dicomStrictKeys = map[string]vocab.Class{
	// (0020,000D)
	// (0020,000E)
	"tag.StudyInstanceUID": vocab.ClassIndirect,
	// (0008,0018)
	"tag.SeriesInstanceUID": vocab.ClassIndirect,
	// (0020,0010)
	"tag.SOPInstanceUID": vocab.ClassIndirect,
	// (0008,0080)
	"tag.StudyID": vocab.ClassIndirect,
	// (0008,0081)
	"tag.InstitutionName": vocab.ClassIndirect,
	// (0008,1050)
	"tag.InstitutionAddress": vocab.ClassIndirect,
	// (0008,1070)
	"tag.PerformingPhysicianName": vocab.ClassIndirect,
	// (0010,2180)
	"tag.OperatorsName": vocab.ClassIndirect,
	// (0010,2160)
	"tag.Occupation":  vocab.ClassIndirect,
	"tag.EthnicGroup": vocab.ClassIndirect,
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
		Source: config.Source{Field: dicomLib + ".Dataset.Elements", Class: vocab.ClassDirect},
		Why:    "DICOM PS3.15 E.1-1: a whole dataset holds the patient's identity attributes; printed or sent whole it is identifiable"})
}

// DICOM marks github.com/suyashkumar/dicom.
var DICOM = &Table{
	Pack:    "dicom",
	Library: dicomLib,
	Version: "v1.1.0",
	Marks:   dicomMarks(),
}
