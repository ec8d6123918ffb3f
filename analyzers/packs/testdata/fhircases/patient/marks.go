// Cases of the FHIR pack's patient marks, for every FHIR library.

package fhircases

import (
	"log"

	fhir "example.com/packcases/fhirlibrary"

	"example.com/packcases/guard"
)

func PatientName(v fhir.Patient) {
	log.Println(v.Name) // want `Patient.Name \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Name)
	}
}

func RelatedPersonName(v fhir.RelatedPerson) {
	log.Println(v.Name) // want `RelatedPerson.Name \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Name)
	}
}

func PersonName(v fhir.Person) {
	log.Println(v.Name) // want `Person.Name \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Name)
	}
}

func PatientContactName(v fhir.PatientContact) {
	log.Println(v.Name) // want `PatientContact.Name \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Name)
	}
}

func OtherPatientName(v fhir.OtherPatient) {
	log.Println(v.Name) // want `^Patient.Name \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Name)
	}
}

func OtherRelatedPersonName(v fhir.OtherRelatedPerson) {
	log.Println(v.Name) // want `^RelatedPerson.Name \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Name)
	}
}

func OtherPersonName(v fhir.OtherPerson) {
	log.Println(v.Name) // want `^Person.Name \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Name)
	}
}

func PatientIdentifier(v fhir.Patient) {
	log.Println(v.Identifier) // want `Patient.Identifier \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Identifier)
	}
}

func RelatedPersonIdentifier(v fhir.RelatedPerson) {
	log.Println(v.Identifier) // want `RelatedPerson.Identifier \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Identifier)
	}
}

func PersonIdentifier(v fhir.Person) {
	log.Println(v.Identifier) // want `Person.Identifier \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Identifier)
	}
}

func OtherPatientIdentifier(v fhir.OtherPatient) {
	log.Println(v.Identifier) // want `^Patient.Identifier \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Identifier)
	}
}

func OtherRelatedPersonIdentifier(v fhir.OtherRelatedPerson) {
	log.Println(v.Identifier) // want `^RelatedPerson.Identifier \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Identifier)
	}
}

func OtherPersonIdentifier(v fhir.OtherPerson) {
	log.Println(v.Identifier) // want `^Person.Identifier \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Identifier)
	}
}

func PatientTelecom(v fhir.Patient) {
	log.Println(v.Telecom) // want `Patient.Telecom \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Telecom)
	}
}

func PatientAddress(v fhir.Patient) {
	log.Println(v.Address) // want `Patient.Address \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Address)
	}
}

func RelatedPersonTelecom(v fhir.RelatedPerson) {
	log.Println(v.Telecom) // want `RelatedPerson.Telecom \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Telecom)
	}
}

func RelatedPersonAddress(v fhir.RelatedPerson) {
	log.Println(v.Address) // want `RelatedPerson.Address \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Address)
	}
}

func PersonTelecom(v fhir.Person) {
	log.Println(v.Telecom) // want `Person.Telecom \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Telecom)
	}
}

func PersonAddress(v fhir.Person) {
	log.Println(v.Address) // want `Person.Address \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Address)
	}
}

func OtherPatientTelecom(v fhir.OtherPatient) {
	log.Println(v.Telecom) // want `^Patient.Telecom \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Telecom)
	}
}

func OtherPatientAddress(v fhir.OtherPatient) {
	log.Println(v.Address) // want `^Patient.Address \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Address)
	}
}

func OtherRelatedPersonTelecom(v fhir.OtherRelatedPerson) {
	log.Println(v.Telecom) // want `^RelatedPerson.Telecom \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Telecom)
	}
}

func OtherRelatedPersonAddress(v fhir.OtherRelatedPerson) {
	log.Println(v.Address) // want `^RelatedPerson.Address \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Address)
	}
}

func OtherPersonTelecom(v fhir.OtherPerson) {
	log.Println(v.Telecom) // want `^Person.Telecom \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Telecom)
	}
}

func OtherPersonAddress(v fhir.OtherPerson) {
	log.Println(v.Address) // want `^Person.Address \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Address)
	}
}

func PatientPhoto(v fhir.Patient) {
	log.Println(v.Photo) // want `Patient.Photo \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Photo)
	}
}

func RelatedPersonPhoto(v fhir.RelatedPerson) {
	log.Println(v.Photo) // want `RelatedPerson.Photo \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Photo)
	}
}

func PersonPhoto(v fhir.Person) {
	log.Println(v.Photo) // want `Person.Photo \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Photo)
	}
}

func OtherPatientPhoto(v fhir.OtherPatient) {
	log.Println(v.Photo) // want `^Patient.Photo \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Photo)
	}
}

func OtherRelatedPersonPhoto(v fhir.OtherRelatedPerson) {
	log.Println(v.Photo) // want `^RelatedPerson.Photo \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Photo)
	}
}

func OtherPersonPhoto(v fhir.OtherPerson) {
	log.Println(v.Photo) // want `^Person.Photo \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Photo)
	}
}

func PatientText(v fhir.Patient) {
	log.Println(v.Text) // want `Patient.Text \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Text)
	}
}

func RelatedPersonText(v fhir.RelatedPerson) {
	log.Println(v.Text) // want `RelatedPerson.Text \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Text)
	}
}

func PersonText(v fhir.Person) {
	log.Println(v.Text) // want `Person.Text \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Text)
	}
}

func OtherPatientText(v fhir.OtherPatient) {
	log.Println(v.Text) // want `^Patient.Text \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Text)
	}
}

func OtherRelatedPersonText(v fhir.OtherRelatedPerson) {
	log.Println(v.Text) // want `^RelatedPerson.Text \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Text)
	}
}

func OtherPersonText(v fhir.OtherPerson) {
	log.Println(v.Text) // want `^Person.Text \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Text)
	}
}

func PatientContact(v fhir.Patient) {
	log.Println(v.Contact) // want `Patient.Contact \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Contact)
	}
}

func PatientContactTelecom(v fhir.PatientContact) {
	log.Println(v.Telecom) // want `PatientContact.Telecom \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Telecom)
	}
}

func PatientContactAddress(v fhir.PatientContact) {
	log.Println(v.Address) // want `PatientContact.Address \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Address)
	}
}

func OtherPatientContact(v fhir.OtherPatient) {
	log.Println(v.Contact) // want `^Patient.Contact \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Contact)
	}
}

func PatientBirthDate(v fhir.Patient) {
	log.Println(v.BirthDate) // want `Patient.BirthDate \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BirthDate)
	}
}

func PatientDeceasedDateTime(v fhir.Patient) {
	log.Println(v.DeceasedDateTime) // want `Patient.DeceasedDateTime \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.DeceasedDateTime)
	}
}

func RelatedPersonBirthDate(v fhir.RelatedPerson) {
	log.Println(v.BirthDate) // want `RelatedPerson.BirthDate \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BirthDate)
	}
}

func PersonBirthDate(v fhir.Person) {
	log.Println(v.BirthDate) // want `Person.BirthDate \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BirthDate)
	}
}

func OtherPatientBirthDate(v fhir.OtherPatient) {
	log.Println(v.BirthDate) // want `^Patient.BirthDate \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BirthDate)
	}
}

func OtherPatientDeceasedDateTime(v fhir.OtherPatient) {
	log.Println(v.DeceasedDateTime) // want `^Patient.DeceasedDateTime \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.DeceasedDateTime)
	}
}

func OtherRelatedPersonBirthDate(v fhir.OtherRelatedPerson) {
	log.Println(v.BirthDate) // want `^RelatedPerson.BirthDate \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BirthDate)
	}
}

func OtherPersonBirthDate(v fhir.OtherPerson) {
	log.Println(v.BirthDate) // want `^Person.BirthDate \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BirthDate)
	}
}

func PatientGender(v fhir.Patient) {
	log.Println(v.Gender) // want `Patient.Gender \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Gender)
	}
}

func PatientMaritalStatus(v fhir.Patient) {
	log.Println(v.MaritalStatus) // want `Patient.MaritalStatus \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.MaritalStatus)
	}
}

func PatientMultipleBirthBoolean(v fhir.Patient) {
	log.Println(v.MultipleBirthBoolean) // want `Patient.MultipleBirthBoolean \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.MultipleBirthBoolean)
	}
}

func PatientCommunication(v fhir.Patient) {
	log.Println(v.Communication) // want `Patient.Communication \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Communication)
	}
}

func RelatedPersonGender(v fhir.RelatedPerson) {
	log.Println(v.Gender) // want `RelatedPerson.Gender \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Gender)
	}
}

func RelatedPersonRelationship(v fhir.RelatedPerson) {
	log.Println(v.Relationship) // want `RelatedPerson.Relationship \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Relationship)
	}
}

func PersonGender(v fhir.Person) {
	log.Println(v.Gender) // want `Person.Gender \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Gender)
	}
}

func PatientContactGender(v fhir.PatientContact) {
	log.Println(v.Gender) // want `PatientContact.Gender \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Gender)
	}
}

func OtherPatientGender(v fhir.OtherPatient) {
	log.Println(v.Gender) // want `^Patient.Gender \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Gender)
	}
}

func OtherPatientMaritalStatus(v fhir.OtherPatient) {
	log.Println(v.MaritalStatus) // want `^Patient.MaritalStatus \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.MaritalStatus)
	}
}

func OtherPatientMultipleBirthBoolean(v fhir.OtherPatient) {
	log.Println(v.MultipleBirthBoolean) // want `^Patient.MultipleBirthBoolean \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.MultipleBirthBoolean)
	}
}

func OtherPatientCommunication(v fhir.OtherPatient) {
	log.Println(v.Communication) // want `^Patient.Communication \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Communication)
	}
}

func OtherRelatedPersonGender(v fhir.OtherRelatedPerson) {
	log.Println(v.Gender) // want `^RelatedPerson.Gender \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Gender)
	}
}

func OtherRelatedPersonRelationship(v fhir.OtherRelatedPerson) {
	log.Println(v.Relationship) // want `^RelatedPerson.Relationship \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Relationship)
	}
}

func OtherPersonGender(v fhir.OtherPerson) {
	log.Println(v.Gender) // want `^Person.Gender \(indirect\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Gender)
	}
}

func PatientDeceasedBoolean(v fhir.Patient) {
	log.Println(v.DeceasedBoolean) // want `Patient.DeceasedBoolean \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.DeceasedBoolean)
	}
}

func OtherPatientDeceasedBoolean(v fhir.OtherPatient) {
	log.Println(v.DeceasedBoolean) // want `^Patient.DeceasedBoolean \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.DeceasedBoolean)
	}
}

func ObservationCode(v fhir.Observation) {
	log.Println(v.Code) // want `Observation.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func ObservationValueQuantity(v fhir.Observation) {
	log.Println(v.ValueQuantity) // want `Observation.ValueQuantity \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ValueQuantity)
	}
}

func ObservationInterpretation(v fhir.Observation) {
	log.Println(v.Interpretation) // want `Observation.Interpretation \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Interpretation)
	}
}

func ObservationComponent(v fhir.Observation) {
	log.Println(v.Component) // want `Observation.Component \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Component)
	}
}

func ObservationNote(v fhir.Observation) {
	log.Println(v.Note) // want `Observation.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func ObservationBodySite(v fhir.Observation) {
	log.Println(v.BodySite) // want `Observation.BodySite \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BodySite)
	}
}

func OtherObservationCode(v fhir.OtherObservation) {
	log.Println(v.Code) // want `^Observation.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func OtherObservationValueQuantity(v fhir.OtherObservation) {
	log.Println(v.ValueQuantity) // want `^Observation.ValueQuantity \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ValueQuantity)
	}
}

func OtherObservationInterpretation(v fhir.OtherObservation) {
	log.Println(v.Interpretation) // want `^Observation.Interpretation \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Interpretation)
	}
}

func OtherObservationComponent(v fhir.OtherObservation) {
	log.Println(v.Component) // want `^Observation.Component \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Component)
	}
}

func OtherObservationNote(v fhir.OtherObservation) {
	log.Println(v.Note) // want `^Observation.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func OtherObservationBodySite(v fhir.OtherObservation) {
	log.Println(v.BodySite) // want `^Observation.BodySite \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BodySite)
	}
}

func ConditionCode(v fhir.Condition) {
	log.Println(v.Code) // want `Condition.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func ConditionBodySite(v fhir.Condition) {
	log.Println(v.BodySite) // want `Condition.BodySite \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BodySite)
	}
}

func ConditionSeverity(v fhir.Condition) {
	log.Println(v.Severity) // want `Condition.Severity \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Severity)
	}
}

func ConditionStage(v fhir.Condition) {
	log.Println(v.Stage) // want `Condition.Stage \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Stage)
	}
}

func ConditionEvidence(v fhir.Condition) {
	log.Println(v.Evidence) // want `Condition.Evidence \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Evidence)
	}
}

func ConditionNote(v fhir.Condition) {
	log.Println(v.Note) // want `Condition.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func OtherConditionCode(v fhir.OtherCondition) {
	log.Println(v.Code) // want `^Condition.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func OtherConditionBodySite(v fhir.OtherCondition) {
	log.Println(v.BodySite) // want `^Condition.BodySite \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BodySite)
	}
}

func OtherConditionSeverity(v fhir.OtherCondition) {
	log.Println(v.Severity) // want `^Condition.Severity \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Severity)
	}
}

func OtherConditionStage(v fhir.OtherCondition) {
	log.Println(v.Stage) // want `^Condition.Stage \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Stage)
	}
}

func OtherConditionEvidence(v fhir.OtherCondition) {
	log.Println(v.Evidence) // want `^Condition.Evidence \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Evidence)
	}
}

func OtherConditionNote(v fhir.OtherCondition) {
	log.Println(v.Note) // want `^Condition.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func MedicationRequestMedicationCodeableConcept(v fhir.MedicationRequest) {
	log.Println(v.MedicationCodeableConcept) // want `MedicationRequest.MedicationCodeableConcept \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.MedicationCodeableConcept)
	}
}

func MedicationRequestDosageInstruction(v fhir.MedicationRequest) {
	log.Println(v.DosageInstruction) // want `MedicationRequest.DosageInstruction \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.DosageInstruction)
	}
}

func MedicationRequestReasonCode(v fhir.MedicationRequest) {
	log.Println(v.ReasonCode) // want `MedicationRequest.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func MedicationRequestNote(v fhir.MedicationRequest) {
	log.Println(v.Note) // want `MedicationRequest.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func OtherMedicationRequestMedicationCodeableConcept(v fhir.OtherMedicationRequest) {
	log.Println(v.MedicationCodeableConcept) // want `^MedicationRequest.MedicationCodeableConcept \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.MedicationCodeableConcept)
	}
}

func OtherMedicationRequestDosageInstruction(v fhir.OtherMedicationRequest) {
	log.Println(v.DosageInstruction) // want `^MedicationRequest.DosageInstruction \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.DosageInstruction)
	}
}

func OtherMedicationRequestReasonCode(v fhir.OtherMedicationRequest) {
	log.Println(v.ReasonCode) // want `^MedicationRequest.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func OtherMedicationRequestNote(v fhir.OtherMedicationRequest) {
	log.Println(v.Note) // want `^MedicationRequest.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func MedicationStatementMedicationCodeableConcept(v fhir.MedicationStatement) {
	log.Println(v.MedicationCodeableConcept) // want `MedicationStatement.MedicationCodeableConcept \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.MedicationCodeableConcept)
	}
}

func MedicationStatementDosage(v fhir.MedicationStatement) {
	log.Println(v.Dosage) // want `MedicationStatement.Dosage \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Dosage)
	}
}

func MedicationStatementReasonCode(v fhir.MedicationStatement) {
	log.Println(v.ReasonCode) // want `MedicationStatement.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func MedicationStatementNote(v fhir.MedicationStatement) {
	log.Println(v.Note) // want `MedicationStatement.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func OtherMedicationStatementMedicationCodeableConcept(v fhir.OtherMedicationStatement) {
	log.Println(v.MedicationCodeableConcept) // want `^MedicationStatement.MedicationCodeableConcept \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.MedicationCodeableConcept)
	}
}

func OtherMedicationStatementDosage(v fhir.OtherMedicationStatement) {
	log.Println(v.Dosage) // want `^MedicationStatement.Dosage \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Dosage)
	}
}

func OtherMedicationStatementReasonCode(v fhir.OtherMedicationStatement) {
	log.Println(v.ReasonCode) // want `^MedicationStatement.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func OtherMedicationStatementNote(v fhir.OtherMedicationStatement) {
	log.Println(v.Note) // want `^MedicationStatement.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func AllergyIntoleranceCode(v fhir.AllergyIntolerance) {
	log.Println(v.Code) // want `AllergyIntolerance.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func AllergyIntoleranceReaction(v fhir.AllergyIntolerance) {
	log.Println(v.Reaction) // want `AllergyIntolerance.Reaction \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Reaction)
	}
}

func AllergyIntoleranceNote(v fhir.AllergyIntolerance) {
	log.Println(v.Note) // want `AllergyIntolerance.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func OtherAllergyIntoleranceCode(v fhir.OtherAllergyIntolerance) {
	log.Println(v.Code) // want `^AllergyIntolerance.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func OtherAllergyIntoleranceReaction(v fhir.OtherAllergyIntolerance) {
	log.Println(v.Reaction) // want `^AllergyIntolerance.Reaction \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Reaction)
	}
}

func OtherAllergyIntoleranceNote(v fhir.OtherAllergyIntolerance) {
	log.Println(v.Note) // want `^AllergyIntolerance.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func ProcedureCode(v fhir.Procedure) {
	log.Println(v.Code) // want `Procedure.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func ProcedureBodySite(v fhir.Procedure) {
	log.Println(v.BodySite) // want `Procedure.BodySite \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BodySite)
	}
}

func ProcedureReasonCode(v fhir.Procedure) {
	log.Println(v.ReasonCode) // want `Procedure.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func ProcedureOutcome(v fhir.Procedure) {
	log.Println(v.Outcome) // want `Procedure.Outcome \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Outcome)
	}
}

func ProcedureComplication(v fhir.Procedure) {
	log.Println(v.Complication) // want `Procedure.Complication \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Complication)
	}
}

func ProcedureFollowUp(v fhir.Procedure) {
	log.Println(v.FollowUp) // want `Procedure.FollowUp \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.FollowUp)
	}
}

func ProcedureNote(v fhir.Procedure) {
	log.Println(v.Note) // want `Procedure.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func OtherProcedureCode(v fhir.OtherProcedure) {
	log.Println(v.Code) // want `^Procedure.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func OtherProcedureBodySite(v fhir.OtherProcedure) {
	log.Println(v.BodySite) // want `^Procedure.BodySite \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BodySite)
	}
}

func OtherProcedureReasonCode(v fhir.OtherProcedure) {
	log.Println(v.ReasonCode) // want `^Procedure.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func OtherProcedureOutcome(v fhir.OtherProcedure) {
	log.Println(v.Outcome) // want `^Procedure.Outcome \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Outcome)
	}
}

func OtherProcedureComplication(v fhir.OtherProcedure) {
	log.Println(v.Complication) // want `^Procedure.Complication \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Complication)
	}
}

func OtherProcedureFollowUp(v fhir.OtherProcedure) {
	log.Println(v.FollowUp) // want `^Procedure.FollowUp \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.FollowUp)
	}
}

func OtherProcedureNote(v fhir.OtherProcedure) {
	log.Println(v.Note) // want `^Procedure.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func DiagnosticReportCode(v fhir.DiagnosticReport) {
	log.Println(v.Code) // want `DiagnosticReport.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func DiagnosticReportConclusion(v fhir.DiagnosticReport) {
	log.Println(v.Conclusion) // want `DiagnosticReport.Conclusion \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Conclusion)
	}
}

func DiagnosticReportConclusionCode(v fhir.DiagnosticReport) {
	log.Println(v.ConclusionCode) // want `DiagnosticReport.ConclusionCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ConclusionCode)
	}
}

func DiagnosticReportPresentedForm(v fhir.DiagnosticReport) {
	log.Println(v.PresentedForm) // want `DiagnosticReport.PresentedForm \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.PresentedForm)
	}
}

func OtherDiagnosticReportCode(v fhir.OtherDiagnosticReport) {
	log.Println(v.Code) // want `^DiagnosticReport.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func OtherDiagnosticReportConclusion(v fhir.OtherDiagnosticReport) {
	log.Println(v.Conclusion) // want `^DiagnosticReport.Conclusion \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Conclusion)
	}
}

func OtherDiagnosticReportConclusionCode(v fhir.OtherDiagnosticReport) {
	log.Println(v.ConclusionCode) // want `^DiagnosticReport.ConclusionCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ConclusionCode)
	}
}

func OtherDiagnosticReportPresentedForm(v fhir.OtherDiagnosticReport) {
	log.Println(v.PresentedForm) // want `^DiagnosticReport.PresentedForm \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.PresentedForm)
	}
}

func EncounterReasonCode(v fhir.Encounter) {
	log.Println(v.ReasonCode) // want `Encounter.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func EncounterDiagnosis(v fhir.Encounter) {
	log.Println(v.Diagnosis) // want `Encounter.Diagnosis \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Diagnosis)
	}
}

func OtherEncounterReasonCode(v fhir.OtherEncounter) {
	log.Println(v.ReasonCode) // want `^Encounter.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func OtherEncounterDiagnosis(v fhir.OtherEncounter) {
	log.Println(v.Diagnosis) // want `^Encounter.Diagnosis \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Diagnosis)
	}
}

func AppointmentReasonCode(v fhir.Appointment) {
	log.Println(v.ReasonCode) // want `Appointment.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func AppointmentDescription(v fhir.Appointment) {
	log.Println(v.Description) // want `Appointment.Description \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Description)
	}
}

func AppointmentComment(v fhir.Appointment) {
	log.Println(v.Comment) // want `Appointment.Comment \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Comment)
	}
}

func AppointmentPatientInstruction(v fhir.Appointment) {
	log.Println(v.PatientInstruction) // want `Appointment.PatientInstruction \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.PatientInstruction)
	}
}

func OtherAppointmentReasonCode(v fhir.OtherAppointment) {
	log.Println(v.ReasonCode) // want `^Appointment.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func OtherAppointmentDescription(v fhir.OtherAppointment) {
	log.Println(v.Description) // want `^Appointment.Description \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Description)
	}
}

func OtherAppointmentComment(v fhir.OtherAppointment) {
	log.Println(v.Comment) // want `^Appointment.Comment \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Comment)
	}
}

func OtherAppointmentPatientInstruction(v fhir.OtherAppointment) {
	log.Println(v.PatientInstruction) // want `^Appointment.PatientInstruction \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.PatientInstruction)
	}
}

func ServiceRequestCode(v fhir.ServiceRequest) {
	log.Println(v.Code) // want `ServiceRequest.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func ServiceRequestReasonCode(v fhir.ServiceRequest) {
	log.Println(v.ReasonCode) // want `ServiceRequest.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func ServiceRequestBodySite(v fhir.ServiceRequest) {
	log.Println(v.BodySite) // want `ServiceRequest.BodySite \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BodySite)
	}
}

func ServiceRequestNote(v fhir.ServiceRequest) {
	log.Println(v.Note) // want `ServiceRequest.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func ServiceRequestPatientInstruction(v fhir.ServiceRequest) {
	log.Println(v.PatientInstruction) // want `ServiceRequest.PatientInstruction \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.PatientInstruction)
	}
}

func OtherServiceRequestCode(v fhir.OtherServiceRequest) {
	log.Println(v.Code) // want `^ServiceRequest.Code \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Code)
	}
}

func OtherServiceRequestReasonCode(v fhir.OtherServiceRequest) {
	log.Println(v.ReasonCode) // want `^ServiceRequest.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func OtherServiceRequestBodySite(v fhir.OtherServiceRequest) {
	log.Println(v.BodySite) // want `^ServiceRequest.BodySite \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.BodySite)
	}
}

func OtherServiceRequestNote(v fhir.OtherServiceRequest) {
	log.Println(v.Note) // want `^ServiceRequest.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func OtherServiceRequestPatientInstruction(v fhir.OtherServiceRequest) {
	log.Println(v.PatientInstruction) // want `^ServiceRequest.PatientInstruction \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.PatientInstruction)
	}
}

func CommunicationPayload(v fhir.Communication) {
	log.Println(v.Payload) // want `Communication.Payload \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Payload)
	}
}

func CommunicationReasonCode(v fhir.Communication) {
	log.Println(v.ReasonCode) // want `Communication.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func CommunicationNote(v fhir.Communication) {
	log.Println(v.Note) // want `Communication.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func OtherCommunicationPayload(v fhir.OtherCommunication) {
	log.Println(v.Payload) // want `^Communication.Payload \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Payload)
	}
}

func OtherCommunicationReasonCode(v fhir.OtherCommunication) {
	log.Println(v.ReasonCode) // want `^Communication.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func OtherCommunicationNote(v fhir.OtherCommunication) {
	log.Println(v.Note) // want `^Communication.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func ImmunizationVaccineCode(v fhir.Immunization) {
	log.Println(v.VaccineCode) // want `Immunization.VaccineCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.VaccineCode)
	}
}

func ImmunizationReasonCode(v fhir.Immunization) {
	log.Println(v.ReasonCode) // want `Immunization.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func ImmunizationReaction(v fhir.Immunization) {
	log.Println(v.Reaction) // want `Immunization.Reaction \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Reaction)
	}
}

func ImmunizationNote(v fhir.Immunization) {
	log.Println(v.Note) // want `Immunization.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func OtherImmunizationVaccineCode(v fhir.OtherImmunization) {
	log.Println(v.VaccineCode) // want `^Immunization.VaccineCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.VaccineCode)
	}
}

func OtherImmunizationReasonCode(v fhir.OtherImmunization) {
	log.Println(v.ReasonCode) // want `^Immunization.ReasonCode \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.ReasonCode)
	}
}

func OtherImmunizationReaction(v fhir.OtherImmunization) {
	log.Println(v.Reaction) // want `^Immunization.Reaction \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Reaction)
	}
}

func OtherImmunizationNote(v fhir.OtherImmunization) {
	log.Println(v.Note) // want `^Immunization.Note \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Note)
	}
}

func DocumentReferenceContent(v fhir.DocumentReference) {
	log.Println(v.Content) // want `DocumentReference.Content \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Content)
	}
}

func DocumentReferenceContentAttachment(v fhir.DocumentReferenceContent) {
	log.Println(v.Attachment) // want `DocumentReferenceContent.Attachment \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Attachment)
	}
}

func OtherDocumentReferenceContent(v fhir.OtherDocumentReference) {
	log.Println(v.Content) // want `^DocumentReference.Content \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Content)
	}
}

func QuestionnaireResponseItem(v fhir.QuestionnaireResponse) {
	log.Println(v.Item) // want `QuestionnaireResponse.Item \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Item)
	}
}

func QuestionnaireResponseItemAnswer(v fhir.QuestionnaireResponseItem) {
	log.Println(v.Answer) // want `QuestionnaireResponseItem.Answer \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Answer)
	}
}

func OtherQuestionnaireResponseItem(v fhir.OtherQuestionnaireResponse) {
	log.Println(v.Item) // want `^QuestionnaireResponse.Item \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Item)
	}
}

func ClaimDiagnosis(v fhir.Claim) {
	log.Println(v.Diagnosis) // want `Claim.Diagnosis \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Diagnosis)
	}
}

func ClaimProcedure(v fhir.Claim) {
	log.Println(v.Procedure) // want `Claim.Procedure \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Procedure)
	}
}

func ClaimItem(v fhir.Claim) {
	log.Println(v.Item) // want `Claim.Item \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Item)
	}
}

func ExplanationOfBenefitDiagnosis(v fhir.ExplanationOfBenefit) {
	log.Println(v.Diagnosis) // want `ExplanationOfBenefit.Diagnosis \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Diagnosis)
	}
}

func ExplanationOfBenefitProcedure(v fhir.ExplanationOfBenefit) {
	log.Println(v.Procedure) // want `ExplanationOfBenefit.Procedure \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Procedure)
	}
}

func ExplanationOfBenefitItem(v fhir.ExplanationOfBenefit) {
	log.Println(v.Item) // want `ExplanationOfBenefit.Item \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Item)
	}
}

func ExplanationOfBenefitAddItem(v fhir.ExplanationOfBenefit) {
	log.Println(v.AddItem) // want `ExplanationOfBenefit.AddItem \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.AddItem)
	}
}

func OtherClaimDiagnosis(v fhir.OtherClaim) {
	log.Println(v.Diagnosis) // want `^Claim.Diagnosis \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Diagnosis)
	}
}

func OtherClaimProcedure(v fhir.OtherClaim) {
	log.Println(v.Procedure) // want `^Claim.Procedure \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Procedure)
	}
}

func OtherClaimItem(v fhir.OtherClaim) {
	log.Println(v.Item) // want `^Claim.Item \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Item)
	}
}

func OtherExplanationOfBenefitDiagnosis(v fhir.OtherExplanationOfBenefit) {
	log.Println(v.Diagnosis) // want `^ExplanationOfBenefit.Diagnosis \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Diagnosis)
	}
}

func OtherExplanationOfBenefitProcedure(v fhir.OtherExplanationOfBenefit) {
	log.Println(v.Procedure) // want `^ExplanationOfBenefit.Procedure \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Procedure)
	}
}

func OtherExplanationOfBenefitItem(v fhir.OtherExplanationOfBenefit) {
	log.Println(v.Item) // want `^ExplanationOfBenefit.Item \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.Item)
	}
}

func OtherExplanationOfBenefitAddItem(v fhir.OtherExplanationOfBenefit) {
	log.Println(v.AddItem) // want `^ExplanationOfBenefit.AddItem \(clinical\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.AddItem)
	}
}

func CoverageSubscriberId(v fhir.Coverage) {
	log.Println(v.SubscriberId) // want `Coverage.SubscriberId \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.SubscriberId)
	}
}

func OtherCoverageSubscriberId(v fhir.OtherCoverage) {
	log.Println(v.SubscriberId) // want `^Coverage.SubscriberId \(direct\).* reaches log sink`
	if guard.Allowed() {
		log.Println(v.SubscriberId)
	}
}

func ReferenceReference(v fhir.Reference) {
	log.Println(v.Reference)
}

func ReferenceIdentifier(v fhir.Reference) {
	log.Println(v.Identifier)
}

func IdentifierValue(v fhir.Identifier) {
	log.Println(v.Value)
}

func ReferenceDisplay(v fhir.Reference) {
	log.Println(v.Display)
}

func PatientGeneralPractitioner(v fhir.Patient) {
	log.Println(v.GeneralPractitioner)
}

func PatientManagingOrganization(v fhir.Patient) {
	log.Println(v.ManagingOrganization)
}

func PatientLink(v fhir.Patient) {
	log.Println(v.Link)
}

func OtherPatientGeneralPractitioner(v fhir.OtherPatient) {
	log.Println(v.GeneralPractitioner)
}

func OtherPatientManagingOrganization(v fhir.OtherPatient) {
	log.Println(v.ManagingOrganization)
}

func OtherPatientLink(v fhir.OtherPatient) {
	log.Println(v.Link)
}

func NarrativeDiv(v fhir.Narrative) {
	log.Println(v.Div)
}

func AnnotationText(v fhir.Annotation) {
	log.Println(v.Text)
}

func AttachmentData(v fhir.Attachment) {
	log.Println(v.Data)
}

func DocumentReferenceDescription(v fhir.DocumentReference) {
	log.Println(v.Description)
}

func OtherDocumentReferenceDescription(v fhir.OtherDocumentReference) {
	log.Println(v.Description)
}

func CoverageIdentifier(v fhir.Coverage) {
	log.Println(v.Identifier)
}

func OtherCoverageIdentifier(v fhir.OtherCoverage) {
	log.Println(v.Identifier)
}

func CoverageDependent(v fhir.Coverage) {
	log.Println(v.Dependent)
}

func CoverageRelationship(v fhir.Coverage) {
	log.Println(v.Relationship)
}

func OtherCoverageDependent(v fhir.OtherCoverage) {
	log.Println(v.Dependent)
}

func OtherCoverageRelationship(v fhir.OtherCoverage) {
	log.Println(v.Relationship)
}

func ObservationEffectiveDateTime(v fhir.Observation) {
	log.Println(v.EffectiveDateTime)
}

func ConditionOnsetDateTime(v fhir.Condition) {
	log.Println(v.OnsetDateTime)
}

func ConditionAbatementDateTime(v fhir.Condition) {
	log.Println(v.AbatementDateTime)
}

func ConditionRecordedDate(v fhir.Condition) {
	log.Println(v.RecordedDate)
}

func ProcedurePerformedDateTime(v fhir.Procedure) {
	log.Println(v.PerformedDateTime)
}

func EncounterPeriod(v fhir.Encounter) {
	log.Println(v.Period)
}

func ImmunizationOccurrenceDateTime(v fhir.Immunization) {
	log.Println(v.OccurrenceDateTime)
}

func MedicationRequestAuthoredOn(v fhir.MedicationRequest) {
	log.Println(v.AuthoredOn)
}

func DiagnosticReportEffectiveDateTime(v fhir.DiagnosticReport) {
	log.Println(v.EffectiveDateTime)
}

func OtherObservationEffectiveDateTime(v fhir.OtherObservation) {
	log.Println(v.EffectiveDateTime)
}

func OtherConditionOnsetDateTime(v fhir.OtherCondition) {
	log.Println(v.OnsetDateTime)
}

func OtherConditionAbatementDateTime(v fhir.OtherCondition) {
	log.Println(v.AbatementDateTime)
}

func OtherConditionRecordedDate(v fhir.OtherCondition) {
	log.Println(v.RecordedDate)
}

func OtherProcedurePerformedDateTime(v fhir.OtherProcedure) {
	log.Println(v.PerformedDateTime)
}

func OtherEncounterPeriod(v fhir.OtherEncounter) {
	log.Println(v.Period)
}

func OtherImmunizationOccurrenceDateTime(v fhir.OtherImmunization) {
	log.Println(v.OccurrenceDateTime)
}

func OtherMedicationRequestAuthoredOn(v fhir.OtherMedicationRequest) {
	log.Println(v.AuthoredOn)
}

func OtherDiagnosticReportEffectiveDateTime(v fhir.OtherDiagnosticReport) {
	log.Println(v.EffectiveDateTime)
}

func EncounterHospitalization(v fhir.Encounter) {
	log.Println(v.Hospitalization)
}

func OtherEncounterHospitalization(v fhir.OtherEncounter) {
	log.Println(v.Hospitalization)
}

func BundleEntryResource(v fhir.BundleEntry) {
	log.Println(v.Resource)
}

func ParametersParameterResource(v fhir.ParametersParameter) {
	log.Println(v.Resource)
}
