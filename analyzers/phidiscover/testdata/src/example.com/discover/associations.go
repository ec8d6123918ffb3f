package discover

// Associations: a field holding another entity linked by a key (an ORM
// association) is named for that entity, not for data; the entity's
// fields are judged where it is declared. A struct-typed field without a
// link is judged by its name.

type MedicalHistory struct {
	ID      uint
	Summary string // judged here, where the entity is declared
}

type DrugOrder struct {
	ID         uint
	CarePlanID uint
	Dose       string
}

type Referral struct {
	ID   uint
	Note string // want `Referral.Note looks identifiable \(clinical notes\)`
}

type CodedValue struct {
	ID     *string
	System string
	Code   string
}

type CarePlan struct {
	ID               uint
	MedicalHistoryID uint
	MedicalHistory   MedicalHistory // not flagged: beside its key
	Medications      []DrugOrder    // not flagged: each order carries a CarePlanID
	DiagnosisLetter  *Referral      `gorm:"foreignKey:ReferralRef"` // not flagged: the tag names the link
	ReferralRef      uint
	Diagnosis        []CodedValue // want `CarePlan.Diagnosis looks identifiable \(diagnosis\)`
}
