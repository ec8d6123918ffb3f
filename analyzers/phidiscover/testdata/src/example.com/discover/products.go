package discover

import "time"

// MedicinalProductApproval is a regulator's record of a medicinal
// product: its birth date and name are the product's, and so are the
// conditions it treats.
type MedicinalProductApproval struct {
	Name                   string
	InternationalBirthDate time.Time
	Comorbidity            []string
	Diagnosis              string
	PatientNHSNumber       string // want `MedicinalProductApproval.PatientNHSNumber looks identifiable \(NHS number\)`
}

// PrescriptionProduct is a prescription's: the first of its words
// decides, so its clinical terms are a patient's.
type PrescriptionProduct struct {
	Comorbidity []string // want `PrescriptionProduct.Comorbidity looks identifiable \(condition\)`
	BirthDate   string   // want `PrescriptionProduct.BirthDate looks identifiable \(date of birth\)`
}

// StockLevel is a pharmacy's stock of a medication: its code is the
// product's, not a patient's.
type StockLevel struct {
	MedicationCode string
	Quantity       int
}

// PatientStockItem is a patient's (the supply of a medication kept for
// them): the first of its words decides.
type PatientStockItem struct {
	Medication string // want `PatientStockItem.Medication looks identifiable \(medication\)`
}
