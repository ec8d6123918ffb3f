package phidiscover

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/phivet/phivet/analyzers/vocab"
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
	Class    vocab.Class
	Anywhere []string
	Person   []string
	// Demographic terms say who a person is or how to reach them: staff
	// and organisations have these too (a clinician's national identity
	// number as much as their phone), so they are not flagged in a struct
	// named for staff or an organisation (see staffWords), nor in a field
	// whose own name says it is staff's (PractitionerNIK).
	Demographic bool
	// PersonWord terms are the contract's person-words: a name, an
	// address, a phone number or an email address, which staff, accounts
	// and organisations have too. Their specific forms (GivenName,
	// HomeAddress, PhoneNumber) are flagged in any struct, but, like a
	// bare Name, they do not say that the struct holds a person's data:
	// person-words do not make each other count (a staff member's login
	// claims hold a given name, a name and an email).
	PersonWord bool
	// Knowledge terms name what a drug reference describes as much as
	// what a person has: a formulary's medicines, an interaction rule's
	// pair of drugs, an allergen's cross-reactive class. They are a
	// person's only in a struct about someone (see aboutSomeone): one
	// that holds a person's data or links to the person (PatientID, a
	// FHIR resource's Subject), or names other clinical data of theirs.
	Knowledge bool
	// Number says which numbers can hold the data: a name is never a
	// number; a phone number may be kept as an integer, never as a
	// fraction. A field of a numeric type the term excludes is a weight, a
	// score or a setting named after the data (MatchWeights.Name float64).
	Number numberUse
	// Qualified are patterns of the last words of a name whose earlier
	// words say which of the person's addresses or numbers it is
	// (IsolationAddress, AlternatePhone): in a struct named for a person
	// (ownerPerson) these are the person's, unless a qualifier says the
	// field is a machine's or the program's (see technicalQualifiers).
	Qualified []string
	// Examples are names that must be flagged: in any struct for a term
	// with anywhere patterns, in a Patient struct otherwise. The test
	// checks each one.
	Examples []string
}

// numberUse says which numeric types can hold a term's data.
type numberUse int

const (
	// anyNumber: a code may be an integer, a dose a fraction.
	anyNumber numberUse = iota
	// wholeNumber: identifiers, dates (Unix time), phone numbers and ZIP
	// codes may be kept as integers, never as fractions.
	wholeNumber
	// noNumber: names, email and street addresses are text.
	noNumber
)

// String names the numbers for the documentation.
func (n numberUse) String() string {
	switch n {
	case wholeNumber:
		return "integer"
	case noNumber:
		return "none"
	}
	return "any"
}

var terms = []term{
	// Identifiers.
	{What: "NHS number", Class: vocab.ClassDirect, Number: wholeNumber,
		Anywhere: []string{"nhs number|no|num|id|identifier", "^nhs$"},
		Examples: []string{"NHSNumber", "nhs_no", "NhsNum", "NHS"}},
	{What: "CHI number", Class: vocab.ClassDirect, Number: wholeNumber,
		Anywhere: []string{"chi number|no|num"},
		Examples: []string{"CHINumber", "chi_no"}},
	{What: "H&C number", Class: vocab.ClassDirect, Number: wholeNumber,
		Anywhere: []string{"h and c number|no|num", "h c number|no|num", "hc number|no|num", "health and care number|no|num", "^hcn$"},
		Examples: []string{"HAndCNumber", "h_c_number", "HCNumber", "HealthAndCareNumber", "h&c_no"}},
	{What: "social security number", Class: vocab.ClassDirect, Demographic: true, Number: wholeNumber,
		// A national identifier's own "id" is the number (SSNId,
		// AadhaarID), not a key to it: the pattern ends in it.
		Anywhere: []string{"ssn", "ssn id|identifier", "social security"},
		Examples: []string{"SSN", "PatientSSN", "social_security_number"}},
	{What: "national identity number", Class: vocab.ClassDirect, Demographic: true, Number: wholeNumber,
		Anywhere: []string{"bsn", "burgerservicenummer", "citizen service number", "national id|identity|identification", "ppsn", "personnummer",
			"nik", "nomor induk kependudukan", "aadhaar|aadhar", "bsn|ppsn|nik|aadhaar|aadhar id|identifier",
			// The generic English names of one (an Indonesian NIK, a South
			// African ID number), however the country calls it.
			"identity number|no|num", "identity card number|no|num", "id card number|no|num",
			// A citizen's id is the national one (Thailand's, Indonesia's,
			// Turkey's); as the last words only: a CitizenIDType is not it.
			"citizen id|identifier|number|no|num$", "citizen id number|no|num"},
		Examples: []string{"BSN", "PatientBSN", "CitizenServiceNumber", "NationalID", "NationalIdentityNumber", "PPSN", "NIK", "PatientNIK", "nomor_induk_kependudukan",
			"AadhaarNumber", "aadhar_no", "Aadhaar", "AadhaarID", "IdentityNumber", "identity_card_no", "IDCardNumber", "id_card_no", "CitizenID", "citizen_id_number"}},
	{What: "passport number", Class: vocab.ClassDirect, Demographic: true, Number: wholeNumber,
		Anywhere: []string{"passport number|no|num|id|identifier"},
		Person:   []string{"passport"},
		Examples: []string{"PassportNumber", "passport_no", "PassportID", "Passport"}},
	{What: "national insurance number", Class: vocab.ClassDirect, Demographic: true, Number: wholeNumber,
		Anywhere: []string{"national insurance", "nino"},
		Examples: []string{"NationalInsuranceNumber", "NINO"}},
	{What: "medical record number", Class: vocab.ClassDirect, Number: wholeNumber,
		Anywhere: []string{"mrn", "medical record", "hospital number|no|num", "patient identifier|number|no|num", "patient card|cardno"},
		Person:   []string{"card number|no|num", "cardno"},
		Examples: []string{"MRN", "MedicalRecordNumber", "hospital_no", "PatientNumber", "PatientIdentifiers", "CardNo"}},
	// A bare PolicyNumber is as often an IAM, retention or firewall
	// policy's: only a person's or an insurance record's says whose.
	{What: "insurance or member id", Class: vocab.ClassDirect, Number: wholeNumber,
		Anywhere: []string{"insurance id|identifier|number|no|num", "insurance policy number|no|num", "policyholder", "policy holder", "subscriber id|number", "beneficiary id|number", "medicare|medicaid id|number|no|num"},
		Person:   []string{"member id|identifier|number|no|num", "insurance", "policy number|no|num"},
		Examples: []string{"InsuranceID", "insurance_number", "InsurancePolicyNumber", "PolicyHolder", "MedicareNumber", "MemberID", "PolicyNumber", "policy_no"}},

	// Names.
	{What: "person's name", Class: vocab.ClassDirect, Demographic: true, PersonWord: true, Number: noNumber,
		Anywhere: []string{"first|given|family|middle|maiden|legal|birth|patient|kin|father|mother name",
			// A patient's name in any of its forms (PatientFullName).
			"patient last|full|second|preferred name", "forename", "surname",
			"firstname", "givenname", "familyname", "middlename", "maidenname", "fathername", "mothername",
			// The name from the father's given name that Russian and other
			// Slavic names carry between the given and family names; as
			// the last word only: a PatronymicRequired setting is not one.
			"patronymic$", "patronymic name"},
		// fname and lname abbreviate first and last name; outside a
		// person's struct fname is as often a file or function name. A
		// second name (a middle name, or the family name in some
		// countries' usage) is as often a DNS server's or a replica's.
		Person: []string{"name", "last|full|display|preferred|known|second name", "lastname", "fullname", "fname", "lname"},
		Examples: []string{"FirstName", "given_names", "Surname", "FamilyName", "full_name", "Forenames", "PatientName", "Name", "PreferredName", "Firstname", "Middlename", "Lastname", "Fname", "lname",
			"FatherName", "mothers_name", "Fathername",
			"SecondName", "PatientSecondName", "PatientFullName", "Patronymic", "PatientPatronymic"}},

	// Dates.
	{What: "date of birth", Class: vocab.ClassIndirect, Demographic: true, Number: wholeNumber,
		Anywhere: []string{"dob", "^do b$", "date of birth", "birth date|day|dt", "birthdate", "birthday"},
		Person:   []string{"born", "born on|at"},
		Examples: []string{"DOB", "DoB", "DateOfBirth", "birth_date", "Birthdate", "Birthday", "Born"}},

	// Contact details.
	{What: "address", Class: vocab.ClassDirect, Demographic: true, PersonWord: true, Number: noNumber,
		Anywhere:  []string{"address|addr line", "home|residential|mailing|correspondence|patient|permanent|kin address"},
		Person:    []string{"address|addr", "street", "street|postal address", "town", "city", "county", "locality"},
		Qualified: []string{"address|addr"},
		Examples:  []string{"AddressLine1", "address_line_2", "HomeAddress", "Address", "Address2", "Street", "Town"}},
	// A house number, unlike the rest of an address, may be an integer.
	{What: "address", Class: vocab.ClassDirect, Demographic: true, PersonWord: true, Number: wholeNumber,
		Anywhere: []string{"house number|name"},
		Examples: []string{"HouseNumber", "house_name"}},
	{What: "postcode or ZIP code", Class: vocab.ClassIndirect, Demographic: true, Number: wholeNumber,
		Anywhere: []string{"postcode", "post code", "zipcode", "zip code", "outward code"},
		Person:   []string{"zip", "postal code", "postal"},
		Examples: []string{"Postcode", "post_code", "ZipCode", "zipcode", "Zip", "PostalCode", "Postal"}},
	{What: "phone number", Class: vocab.ClassDirect, Demographic: true, PersonWord: true, Number: wholeNumber,
		Anywhere: []string{"phone|telephone|mobile|cell|fax|sms number|no|num", "home|mobile|work|cell|contact|patient|kin phone|telephone", "telephone",
			// How to reach the emergency contact, not who it is (next of kin).
			"emergency contact number|no|num|mobile"},
		// A contact number is a phone number, but a company's or a
		// support desk's as often as a person's.
		Person:    []string{"phone", "mobile", "tel", "fax", "contact number|no|num"},
		Qualified: []string{"phone|telephone"},
		Examples:  []string{"PhoneNumber", "ContactNumber", "contact_no", "mobile_no", "HomePhone", "Telephone", "Phone", "Mobile", "Tel", "EmergencyContactNumber", "emergency_contact_phone", "EmergencyContactNo"}},
	{What: "email address", Class: vocab.ClassDirect, Demographic: true, PersonWord: true, Number: noNumber,
		Anywhere:  []string{"patient|personal|home|contact|kin email", "patient|personal|home|contact|kin e mail"},
		Person:    []string{"email", "e mail", "email address"},
		Qualified: []string{"email", "email address"},
		Examples:  []string{"PersonalEmail", "contact_email", "Email", "EMail", "EmailAddress"}},
	{What: "next of kin", Class: vocab.ClassDirect, Demographic: true,
		Anywhere: []string{"next of kin", "^nok$", "kin", "emergency contact"},
		Examples: []string{"NextOfKin", "next_of_kin", "NOK", "Kin", "EmergencyContact"}},
	// A person's contact is how to reach them (a phone number, an email
	// address) or whom to reach for them; a company's or a support
	// ticket's is not a patient's.
	{What: "contact details", Class: vocab.ClassDirect, Demographic: true, PersonWord: true, Number: wholeNumber,
		Person:   []string{"contact", "contact detail|info|information"},
		Examples: []string{"Contact", "Contacts", "ContactDetails", "contact_info"}},
	// A person's picture is theirs as a link too: what the record keeps of
	// it is the link (PhotoURL, the scan of an identity card). A bare
	// Image or ImageURL is the person's only where person patterns count
	// (a product's is not).
	// A person's profile picture or avatar is the photograph they or the
	// service uploaded of them; an avatar's style is not it.
	{What: "photograph", Class: vocab.ClassDirect, Demographic: true,
		Person: []string{"photo", "photograph", "picture", "portrait", "image", "avatar", "photo|photograph|picture|portrait|image|avatar url|uri|link|path",
			"profile photo|photograph|picture|pic|image", "profile photo|photograph|picture|pic|image url|uri|link|path"},
		Examples: []string{"Photo", "Photograph", "Image", "PhotoURL", "image_url", "Avatar", "AvatarURL", "ProfilePic", "ProfilePhotoURL", "profile_picture"}},

	// Demographics and care.
	{What: "sex or gender", Class: vocab.ClassIndirect, Demographic: true,
		Person:   []string{"sex", "gender"},
		Examples: []string{"Sex", "Gender"}},
	{What: "marital status", Class: vocab.ClassIndirect, Demographic: true,
		Person:   []string{"marital status", "maritalstatus"},
		Examples: []string{"MaritalStatus", "marital_status"}},
	{What: "GP or GP practice", Class: vocab.ClassIndirect,
		Anywhere: []string{"gp practice|surgery|name|code|details|address|id|practitioner", "registered gp", "general practitioner|practice"},
		Person:   []string{"gp"},
		Examples: []string{"GPPractice", "gp_surgery", "RegisteredGP", "GeneralPractitioner", "GP"}},

	// Clinical and special-category information.
	// Diagnose is a common misspelling of the noun; as a verb it starts
	// a setting's name (DiagnoseTimeout), so it counts only as the last
	// word or before the diagnosis's code, text or note.
	{What: "diagnosis", Class: vocab.ClassClinical,
		Anywhere: []string{"diagnosis", "diagnose$", "diagnose code|text|note"},
		Examples: []string{"Diagnosis", "Diagnoses", "primary_diagnosis", "Diagnose", "FinalDiagnose", "diagnose_code"}},
	{What: "condition", Class: vocab.ClassClinical,
		Anywhere: []string{"medical|health|clinical|chronic|presenting condition", "long term condition", "pre existing condition", "comorbidity"},
		Person:   []string{"condition", "disease"},
		Examples: []string{"MedicalCondition", "chronic_conditions", "Comorbidities", "Conditions", "Disease"}},
	// What the patient comes with, in their words: a bare Complaint is a
	// grievance outside a person's or a health record's struct.
	{What: "presenting complaint", Class: vocab.ClassClinical,
		Anywhere: []string{"chief|presenting complaint"},
		Person:   []string{"complaint"},
		Examples: []string{"ChiefComplaint", "presenting_complaint", "Complaint", "Complaints"}},
	// A bare dose is a prescription's only in a person's or a health
	// record's struct: elsewhere it is a setting (a fertiliser's, a
	// radiation model's).
	{What: "medication", Class: vocab.ClassClinical, Knowledge: true,
		Anywhere: []string{"medication", "medicine", "prescription", "prescribed", "drug name|dose|dosage"},
		Person:   []string{"dose", "dosage"},
		Examples: []string{"Medications", "current_medicines", "Prescription", "DrugDose", "Dosage", "Dose"}},
	{What: "blood group", Class: vocab.ClassClinical,
		Anywhere: []string{"blood group|type", "bloodgroup", "bloodtype"},
		Examples: []string{"BloodGroup", "blood_type", "Bloodgroup"}},
	{What: "allergy", Class: vocab.ClassClinical, Knowledge: true,
		Anywhere: []string{"allergy", "allergic"},
		Examples: []string{"Allergies", "allergy_list"}},
	{What: "clinical notes", Class: vocab.ClassClinical,
		Anywhere: []string{"clinical|medical|case|consultation|nursing|progress|patient|discharge note", "clinical summary|information|info|detail|data|history|finding|record|comment|assessment|impression|narrative|observation|text", "symptom", "disability", "pregnancy|pregnant", "medical history", "treatment plan"},
		// Remarks and comments about a person or in a health record are
		// notes by another word, and a clinician's note there is a
		// clinical note (DoctorRemarks beside a patient's name).
		Person: []string{"note", "history", "treatment", "remark", "comment",
			"doctor|clinician|physician|nurse|practitioner|consultant|surgeon|therapist|psychologist|psychiatrist|counsellor|counselor|midwife|gp note|remark|comment",
			// Which of the person's treatments it is (their ongoing or
			// current one), not a template or an experiment's arm.
			"ongoing|current|previous|past|prior|medical treatment"},
		Examples: []string{"ClinicalNotes", "nursing_notes", "ClinicalSummary", "Symptoms", "Notes", "MedicalHistory", "Remarks", "Comment", "DoctorRemarks", "OngoingTreatment", "current_treatment"}},
	// An operation a patient had or is to have. A bare Surgery is as
	// often the patient's GP surgery (a practice), a bare Operation an
	// API's or a database's, and a bare Procedure outside a person's or a
	// health record's struct a stored procedure: only their clinical
	// qualifiers say so in any struct.
	{What: "procedure or surgery", Class: vocab.ClassClinical,
		Anywhere: []string{"proposed|planned|scheduled|previous|past|prior|elective surgery", "surgical procedure|history|note|report",
			"medical|clinical procedure", "operative note|report|finding", "operation note"},
		Person:   []string{"procedure", "procedure name|code|description"},
		Examples: []string{"ProposedSurgery", "previous_surgeries", "SurgicalHistory", "SurgicalProcedures", "MedicalProcedure", "OperativeNotes", "OperationNote", "Procedure", "ProcedureName", "procedure_code"}},
	{What: "ethnicity", Class: vocab.ClassClinical,
		Anywhere: []string{"ethnicity", "ethnic"},
		Person:   []string{"race"},
		Examples: []string{"Ethnicity", "ethnic_origin", "Race"}},
	{What: "religion", Class: vocab.ClassClinical,
		Anywhere: []string{"religion", "religious", "faith"},
		Examples: []string{"Religion", "religious_belief", "Faith"}},
	{What: "sexual orientation", Class: vocab.ClassClinical,
		Anywhere: []string{"sexual orientation", "sexuality"},
		Examples: []string{"SexualOrientation", "sexuality"}},
	{What: "gender identity", Class: vocab.ClassClinical,
		Anywhere: []string{"gender identity", "trans status", "gender reassignment"},
		Examples: []string{"GenderIdentity", "gender_identity"}},
}

// personWords are words that, in a struct's own name, say the struct
// describes a person: there a bare Name, Address or Email is the person's,
// and so is a link or flag (Patient.GeneralPractitioner, a reference to
// the patient's GP). Words that are as often technical (admission
// control, resource claims, code coverage, service registration, pub/sub
// subscribers, members of an archive) are not among them.
var personWords = []string{
	"patient", "person", "people", "individual", "contact", "kin", "guardian", "carer", "caregiver",
	"resident", "citizen", "applicant", "beneficiary", "customer", "demographic",
	// One-word spellings of an out-patient and an in-patient.
	"outpatient", "inpatient",
}

// patientWords are the personWords that, in a field's own name, say the
// field is a patient's (PatientName, PatientNHSNumber): a struct with one
// that is identifiable by name alone holds a patient's data, so the
// clinical terms of its other fields count there. The other person words
// say less of a field (ContactEmail, CustomerName: a project's or a
// shop's).
var patientWords = []string{"patient", "outpatient", "inpatient"}

// subjectWords, as a field's whole name, link a record to the person it
// is about: HL7 FHIR names that reference "subject" in most clinical
// resources (a MedicationRequest's, an Observation's).
var subjectWords = []string{"subject"}

// bookkeepingWords, in the name of a time, say it is the row's or the
// product's, not an event of someone's: when it was created, changed or
// deleted, when a product expires.
var bookkeepingWords = []string{"created", "updated", "modified", "deleted", "expiry", "expiration", "expire", "expires"}

// recordWords name a health record about one patient: there a bare Note
// or Condition is the patient's, but a link or flag is still a key or a
// status of the record, not its content (an encounter's reference to a
// Condition).
var recordWords = []string{
	"referral", "appointment", "encounter", "consultation", "prescription", "insurance",
	// A patient's visit to a clinic (HL7 v2's patient visit). Like an
	// appointment, a visit may be a calendar's or a web page's; their
	// fields are seldom a bare Notes, Complaint or Treatment.
	"visit",
}

// clinicalItemHeads, as the head noun of a struct's name after a person
// word (before wrapper words), name a clinical item kept about a patient
// that no field name says is clinical on its own (ownerItem): a vital
// sign, an observation, a laboratory test's order or result, an
// immunisation. A field so named is not flagged: a test result is a
// build's as often as a patient's.
var clinicalItemHeads = []string{
	"vital sign", "observation", "test|lab|laboratory order|result", "immunization|immunisation|vaccination",
}

// headOnlyWords are person words only as the last word of a struct's
// name (before wrapper words): a PatientContact or EmergencyContact is a
// person, a ContactDetail or ContactPoint is a way of reaching someone,
// often a publisher or an organisation.
var headOnlyWords = []string{"contact"}

// wrapperWords, at the end of a struct's name, say how the data travels
// rather than what it is: PatientContactComponent is a PatientContact.
var wrapperWords = []string{
	"component", "element", "record", "dto", "model", "entity", "resource", "request", "response",
	"input", "output", "payload", "body", "data", "row", "document", "view", "item", "entry", "list",
}

// staffWords, in a struct's own name, say it describes staff or an
// organisation: their names, dates of birth and contact details are not a
// patient's (Practitioner.BirthDate, an organisation's contact Address),
// so demographic terms are not flagged there. The first person, record or
// staff word of the name decides whose struct it is:
// OrganizationContact is an organisation's contact, PatientContact a
// patient's.
var staffWords = append(slices.Clone(staffPersonWords),
	"organization", "organisation", "practice", "clinic", "hospital", "pharmacy", "publisher",
	"company", "supplier", "vendor",
)

// staffPersonWords are the staffWords that name a member of staff: in a
// field's own name they say the field is theirs (staffQualified).
var staffPersonWords = []string{
	"practitioner", "clinician", "doctor", "physician", "nurse", "staff", "employee",
	"admin", "administrator", "receptionist", "pharmacist", "dentist", "therapist", "surgeon",
	// A consultant is the NHS's senior hospital doctor; the others are
	// clinical professions whose names, like a doctor's, say the record
	// is theirs (a psychologist on a service's rota).
	"consultant", "psychologist", "psychiatrist", "counsellor", "counselor", "midwife", "paramedic",
	"physiotherapist", "radiographer", "dietitian", "optometrist",
}

// productWords, in a struct's own name, say it describes a medicinal
// product or a substance, as a drug reference or a regulator does: its
// birth date (the first authorisation anywhere), name and clinical terms
// (indications, comorbidities, contraindications) are the product's, not
// a patient's. A pharmacy's stock and inventory of products are the
// products' too. The first person, record, staff or product word of the
// name decides (PrescriptionProduct is a prescription's, PatientStock a
// patient's).
var productWords = []string{"product", "substance", "ingredient", "formulary", "monograph", "stock", "inventory"}

// notDataHeads, as the last word of a struct's name, say the struct is
// about something other than the person's data: a tag, key or status of
// it, settings or a query, a count, or a component of the program
// (PatientTag, PatientVisitMeta, PatientSearchOptions, PatientService).
var notDataHeads = []string{
	"tag", "label", "id", "key", "ref", "reference", "link", "meta", "metadata", "status", "state",
	"type", "kind", "option", "setting", "config", "configuration", "filter", "query", "param",
	"parameter", "count", "stat", "statistic", "metric", "flag",
}

// componentWords, as the last word of a type's name (before implWords;
// "use case" counts as one word), say it is a part of the program, not
// data: a struct so named is not about the person's data (it is
// ownerOther, like notDataHeads), and a field of a type so named holds the
// component, whatever the field's own name (allergyService,
// DiagnosisRepo). See isComponent.
var componentWords = []string{
	"handler", "service", "client", "server", "controller", "repository", "repo", "store", "cache",
	"manager", "usecase", "router",
}

// implWords, at the end of a type's name, say it implements what the
// words before them name: allergyServiceImpl is a service.
var implWords = []string{"impl", "implementation"}

// keyWords, as the last word of a field's name after words that already
// match a term, say the field is a key, link, status or count of the data,
// or the coding system or role it is given in, rather than the data
// (DiagnosisLinkID, MedicationReference, ClinicalStatus,
// PrescriptionCount, DiagnosisCodeSystem, DiagnosisRole). A term whose own
// pattern ends in the word (SubscriberID, NHSID) is not affected.
var keyWords = []string{
	"id", "key", "ref", "reference", "link", "url", "uri", "status", "count", "total", "flag",
	"system", "role",
}

// actorWords, as the last word of a field's name after words that
// already match a clinical term, say the field is who did it, not the
// clinical data: the prescriber (PrescribedBy, DiagnosedBy) is staff.
// When it was done (PrescriptionDate) stays: a date of a person's care
// is theirs.
var actorWords = []string{"by"}

// aggregateWords, in the name of a number named for clinical data in
// the plural, say it counts the data in some state (TotalPrescriptions,
// ActiveTreatmentPlans): a summary's count, even in a struct named for a
// person. A bare plural there (Allergies int) stays the person's data.
var aggregateWords = []string{"total", "count", "active", "completed", "pending", "cancelled", "canceled", "open", "closed"}

// storeWords, as the last word of a text field's name after words that
// already match a term, or before a storeNameWords word, say the field
// names where the data is kept (a database table or collection, a
// bucket, a queue, topic or stream, a directory), not the data:
// configuration such as PrescriptionTableName, MedicalHistoryBucket,
// DiagnosisTopicARN or MedicationsDir. A
// field of another type so named (a slice of rows, a client) is judged
// as any other.
var storeWords = []string{"table", "bucket", "collection", "queue", "topic", "stream", "dir", "directory", "folder"}

// storeNameWords, after a store word, say the field is the store's name
// or its AWS resource name (a URL is a key word already).
var storeNameWords = []string{"name", "arn"}

// keyTypeWords, as the last word of a named type's name, say a field of
// that type (or a pointer, slice, array or map of it) is a key or a link
// to another record: a FHIR Reference, a uuid.UUID, a database ObjectID.
// The record it points at is flagged where it is declared.
var keyTypeWords = []string{"reference", "ref", "id", "uuid", "key"}

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
	{"ID", "a surrogate key"},
	{"PatientID", "a key to the patient's record (a database key, a FHIR logical id), not a hospital number; PatientNumber and PatientIdentifier are flagged"},
	{"DiagnosisLinkID", "a key or link to the data, not the data (so are MedicationReference, AllergyStatus, PrescriptionCount), outside a struct named for a person"},
	{"PrescriptionTableName", "names where the data is kept, not the data (so do MedicalHistoryBucket, TreatmentPlanTable and DiagnosisTopicARN, when they are text), outside a struct named for a person"},
	{"DiagnosisCodeSystem", "the coding system a diagnosis is given in, not the diagnosis (nor is DiagnosisRole, the role it plays in an encounter), outside a struct named for a person; DiagnosisCode is flagged"},
	{"LastName", "outside a person's struct it is as often the previous name of something (testing's lastName); in a person's struct it is flagged"},
	{"FullName", "outside a person's struct it is as often a qualified name (an X.509 distribution point's FullName)"},
	{"ClinicalStatus", "clinical qualifies a noun: a record's status or a clinical recommendation is not a patient's information; ClinicalNotes and ClinicalSummary are flagged"},
	{"Chi", "chi alone is a Greek letter or a statistic; CHINumber is flagged"},
	{"Surgery", "a patient's surgery is as often their GP surgery, a practice (GPSurgery is flagged as one); ProposedSurgery and SurgicalHistory are flagged"},
	{"ProcedureCall", "a call of a (stored) procedure; a bare Procedure is flagged only in a person's or a health record's struct"},
	{"OperationID", "an API's or a database's operation; OperativeNote and OperationNote are flagged"},
	{"SecondName", "outside a person's struct it is as often a DNS zone's or a replica's second name; PatientSecondName is flagged"},
	{"Treatment", "outside a person's struct or a health record's it is as often an A/B test's treatment group; TreatmentPlan is flagged"},
	{"PolicyNumber", "outside a person's struct or an insurance record's it is as often an access or retention policy's; InsurancePolicyNumber is flagged"},
	{"SiteAddress", "outside a struct named for a person a qualified address may be someone else's (a referral's site, a server's); IsolationAddress in a Patient is flagged"},
	{"DiagnoseTimeout", "diagnose as a verb names a setting; a Diagnose field (the noun misspelt) is flagged"},
}

// pattern is a compiled pattern: per word, its alternatives.
type pattern struct {
	words        [][]string
	first, last  bool // anchored at the start or the end of the name
	person, wide bool
}

type compiledTerm struct {
	*term
	anywhere, person, qualified []pattern
}

var compiled = compileTerms(terms)

// patternWords holds every word of every anywhere and person pattern: a
// name with none of them matches no term, which classify finds without
// trying each pattern (most names a program declares are not the data's).
var patternWords = wordsOf(compiled)

func wordsOf(ts []compiledTerm) map[string]bool {
	out := map[string]bool{}
	for _, t := range ts {
		for _, p := range slices.Concat(t.anywhere, t.person) {
			for _, alts := range p.words {
				for _, w := range alts {
					out[w] = true
				}
			}
		}
	}
	return out
}

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
		for _, s := range ts[i].Qualified {
			q := compilePattern(s, false)
			q.last = true
			out[i].qualified = append(out[i].qualified, q)
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
// person says whether the struct describes a person. A person pattern
// after a patient word (PatientGender, PatientPhotoURL) matches in any
// struct: the name says whose the data is.
func classify(words []string, person bool) *term {
	if !slices.ContainsFunc(words, func(w string) bool { return patternWords[w] }) {
		return nil
	}
	trimmed := trimLocale(trimNumber(words))
	patients := patientsData(trimmed)
	for _, t := range compiled {
		for _, p := range t.anywhere {
			if p.match(words) {
				return t.term
			}
		}
		if !person && patients == nil {
			continue
		}
		for _, p := range t.person {
			if person && p.match(trimmed) || patients != nil && p.match(patients) {
				return t.term
			}
		}
	}
	return nil
}

// trimNumber drops the trailing digits of a name: Address2 is Address.
func trimNumber(words []string) []string {
	for len(words) > 1 && isNumber(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	return words
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
	ws := spelled(s)
	for i, w := range ws {
		ws[i] = singular(w)
	}
	return ws
}

// spelled splits a name into lower-case words as words does, leaving
// plurals as they are spelled.
func spelled(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
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

// knowledgeTerms names the Knowledge terms, for the documentation.
func knowledgeTerms() string {
	var ws []string
	for _, t := range terms {
		if t.Knowledge {
			ws = append(ws, t.What)
		}
	}
	return strings.ToUpper(ws[0][:1]) + strings.Join(ws, " and ")[1:] + " terms"
}

// Markdown renders the vocabulary for docs/discovery.md.
func Markdown() string {
	var b strings.Builder
	b.WriteString("| data | suggested class | flagged in any struct when the name contains | flagged in a person's struct when the whole name is | numbers that can hold it | examples |\n")
	b.WriteString("| --- | --- | --- | --- | --- | --- |\n")
	for _, t := range terms {
		fmt.Fprintf(&b, "| %s | `%s` | %s | %s | %s | %s |\n", t.What, t.Class, patternList(t.Anywhere), patternList(t.Person), t.Number, codeList(t.Examples))
	}
	b.WriteString("\nA field of a numeric type (or a pointer to one) that cannot hold the data is not flagged: a `float64` named `Name` is a weight.\n")
	fmt.Fprintf(&b, "\nA person pattern matches a whole name without its trailing digits (`Address2`) or a trailing language tag after other words, one of %s: a bilingual record's second copy (`LastNameVi`, `AddressEn`, `FullNameKana`) is the person's too.\n",
		codeList(localeTags))
	fmt.Fprintf(&b, "\nPerson-words (%s), even when their name alone flags them (`GivenName`, `PhoneNumber`), do not make a struct a person's: only a name, mark or marked field that is not a person-word makes the bare person patterns of its other fields count.\n",
		strings.Join(personWordTerms(), ", "))
	fmt.Fprintf(&b, "\nIn a struct named for a person, a name that ends in %s after other words is the person's whichever it is (`IsolationAddress`, `AlternatePhone`, `SecondaryEmail`), unless one of those words is %s, or the field is a `bool`.\n",
		patternList(qualifiedPatterns()), codeList(technicalQualifiers))
	fmt.Fprintf(&b, "\nA field identifiable by name alone whose name says it is a patient's (it has one of %s: `PatientName`, `PatientNHSNumber`) makes the clinical person patterns of the other fields count, even where it is a person-word; its demographic ones do not.\n",
		codeList(patientWords))
	b.WriteString("\nA person pattern after a leading patient word flags a field in any struct: the name says whose the data is (`PatientGender`, `PatientPhotoURL`).\n")
	fmt.Fprintf(&b, "\n%s name what a drug reference describes as much as what a person has (a formulary's medicines, an interaction rule's pair of drugs, an allergen's cross-reactive class): they are flagged only in a struct about someone, one where person patterns count, with a field identifiable by name alone or a marked one, a field linking it to a person (a name with one of %s, or the whole name %s: `PatientID`, a FHIR resource's `Subject`), another clinical term (`Diagnosis`), or a `time.Time` of an event (`AllergyDateTime`, not one with %s in its name).\n",
		knowledgeTerms(), codeList(patientWords), codeList(subjectWords), codeList(bookkeepingWords))
	b.WriteString("\nWho a struct is about, by the words of its own name (the first of these words decides, but a staff word or a clinical head noun after a person word is what the struct describes: `PatientDoctor`, `PatientAllergy`):\n\n")
	b.WriteString("| words | the struct is | there |\n| --- | --- | --- |\n")
	fmt.Fprintf(&b, "| %s; %s only as the last word (before %s) | a person's | person patterns count; links and flags are the person's data |\n",
		codeList(without(personWords, headOnlyWords)), codeList(headOnlyWords), codeList(wrapperWords))
	fmt.Fprintf(&b, "| %s | a health record's | person patterns count; links and flags are keys and statuses |\n", codeList(recordWords))
	fmt.Fprintf(&b, "| a person word before a head noun (before the wrapper words above) whose last word names clinical data on its own, or that ends in %s | one clinical item of a patient's (`PatientAllergyOutput`, `PatientVitalSign`) | clinical person patterns count; a bare name, address or other demographic pattern is the item's, not flagged; links and flags are keys and statuses |\n",
		patternList(clinicalItemHeads))
	fmt.Fprintf(&b, "| %s | staff's or an organisation's | demographic terms (names, dates of birth, contact details, photograph, sex, civil identity numbers) are theirs and not flagged |\n", codeList(staffWords))
	fmt.Fprintf(&b, "| %s | a medicinal product's or a substance's | demographic and clinical terms are the product's and not flagged |\n", codeList(productWords))
	b.WriteString("\nA name that ends in one of these words is about something other than the data, whatever its other words: ")
	b.WriteString(codeList(notDataHeads))
	fmt.Fprintf(&b, ". So is one that names a part of the program, ending in %s (before %s; `use case` is `usecase`)", codeList(componentWords), codeList(implWords))
	b.WriteString(".\n\nA field that holds a part of the program is not flagged, in any struct: one whose type is a func or a chan, an interface with methods (not a sealed union of data variants), " +
		"a type whose name ends in one of those words (unless it holds fields named for a person's data), a struct with methods whose fields all hold parts of the program, " +
		"or a struct that holds no value: no field of a basic type, `any` or a struct that holds one (of a struct of another module only the exported fields count, " +
		"unless it shows itself with ")
	b.WriteString(codeList(renderMethods))
	b.WriteString(" as `time.Time` does: `*sql.DB`, a logger and a collection handle hold none), or a library type the catalog lists as a part of the program (a prepared statement such as `*sqlx.NamedStmt`, a `*gorm.DB` session); or a pointer, slice, array or map of one")
	b.WriteString(". Nor is a field that holds another entity linked by a key, an ORM association: beside its key field (`MedicalRecord` beside `MedicalRecordID`), with a gorm tag naming the link, or a collection whose elements carry the owner's key (`Clinician.Prescriptions`, each with a `ClinicianID`); the entity's fields are judged where it is declared")
	b.WriteString(".\n\nThe fields of a struct type that marks none are covered by the marks of the fields that hold it, and not flagged, when every field of its package that holds it " +
		"(directly or through a pointer, slice, array or map) is marked identifiable or belongs to a type so covered: `Address.Street` when `Patient.Home Address` is marked `direct`. " +
		"One unmarked or `\"-\"` holder leaves them flagged. Only the holders in the type's own package are seen")
	b.WriteString(".\n\nA field name that ends in one of these words, after words that already match a term, is a key, link, status or count of the data: ")
	b.WriteString(codeList(keyWords))
	b.WriteString(". So is a text field whose name ends in ")
	b.WriteString(codeList(storeWords))
	b.WriteString(" after such words, or in one of these and then ")
	b.WriteString(codeList(storeNameWords))
	b.WriteString(": it names where the data is kept (`PrescriptionTableName`, `MedicalHistoryBucket`)")
	b.WriteString(". So is a field whose type's name ends in ")
	b.WriteString(codeList(keyTypeWords))
	b.WriteString(" (or a pointer, slice, array or map of one), a `bool`, and a number named for the data in the plural (`AllergiesPerPatient int`, a count)")
	b.WriteString(": outside a struct named for a person they are not flagged.\n\nIn any struct, a field whose name matches a clinical term and then ends in ")
	b.WriteString(codeList(actorWords))
	b.WriteString(" is who did it, staff (`PrescribedBy`); and a number named for clinical data in the plural with one of ")
	b.WriteString(codeList(aggregateWords))
	b.WriteString(" in its name counts it in some state (`TotalPrescriptions int`, `ActiveTreatmentPlans int`), even in a struct named for a person, where a bare plural (`Allergies int`) is the person's data.")
	b.WriteString("\n\nNot flagged on their own:\n\n| name | why |\n| --- | --- |\n")
	for _, n := range notFlagged {
		fmt.Fprintf(&b, "| `%s` | %s |\n", n.Name, n.Why)
	}
	return b.String()
}

// qualifiedPatterns lists the terms' qualified patterns.
func qualifiedPatterns() []string {
	var out []string
	for _, t := range terms {
		out = append(out, t.Qualified...)
	}
	return out
}

// personWordTerms lists once each what the person-word terms name.
func personWordTerms() []string {
	var out []string
	for _, t := range terms {
		if t.PersonWord && !contains(out, t.What) {
			out = append(out, t.What)
		}
	}
	return out
}

func without(list, drop []string) []string {
	var out []string
	for _, s := range list {
		if !contains(drop, s) {
			out = append(out, s)
		}
	}
	return out
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
