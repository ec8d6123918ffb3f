package discover

import "context"

// AllergyService is a part of the program: an interface with methods.
type AllergyService interface {
	List(ctx context.Context, patientID string) ([]string, error)
}

// diagnosisRepo is named for a part of the program.
type diagnosisRepo struct {
	table string
}

// medicationStoreImpl implements a store.
type medicationStoreImpl struct {
	path string
}

// prescriptionUseCase is a use case.
type prescriptionUseCase struct {
	limit int
}

// allergyHandler has methods and holds only parts of the program.
type allergyHandler struct {
	allergies AllergyService
	next      func()
}

func (h *allergyHandler) serve() {}

// noteWriter has no fields and a method: no data of its own.
type noteWriter struct{}

func (noteWriter) write() {}

// Services holds the parts of the program, whatever the fields are
// named: none of them is a patient's data.
type Services struct {
	allergyService AllergyService
	allergies      AllergyService
	diagnoses      *diagnosisRepo
	medications    []medicationStoreImpl
	prescriptions  map[string]*prescriptionUseCase
	allergyHandler *allergyHandler
	Notes          noteWriter
	onDiagnosis    func(string) error
	Diagnosis      string // want `Services.Diagnosis looks identifiable \(diagnosis\)`
}

// ContactMethod is a sealed union: its variants are data.
type ContactMethod interface{ isContactMethod() }

// EmailVariant is one variant of ContactMethod.
type EmailVariant struct{ Value string }

func (EmailVariant) isContactMethod() {}

// DiagnosisCoding has a method but holds data: it is data.
type DiagnosisCoding struct {
	Code string
}

func (d DiagnosisCoding) String() string { return d.Code }

// PatientWithParts is named for a person: a field that holds a part of
// the program is still not the person's data, but the data beside it is.
type PatientWithParts struct {
	Name          string // want `PatientWithParts.Name looks identifiable \(person's name\)`
	Notes         noteWriter
	Allergies     AllergyService
	Medication    func() string
	Diagnosis     DiagnosisCoding // want `PatientWithParts.Diagnosis looks identifiable \(diagnosis\)`
	Email         ContactMethod   // want `PatientWithParts.Email looks identifiable \(email address\)`
	Prescriptions any             // want `PatientWithParts.Prescriptions looks identifiable \(medication\)`
}

// Client is a social-care client: named like a part of the program, but
// it holds a person's data, so it is a record.
type Client struct {
	Name        string // want `Client.Name looks identifiable \(person's name\)`
	DateOfBirth string // want `Client.DateOfBirth looks identifiable \(date of birth\)`
}

// Household links its members' records: a field of a record type is
// still judged by its name.
type Household struct {
	NextOfKin *Client // want `Household.NextOfKin looks identifiable \(next of kin\)`
}

// Identifier is a constraint: a field of a type parameter holds data.
type Identifier interface {
	~string
	Valid() bool
}

// PatientOf holds its NHS number as a type parameter.
type PatientOf[N Identifier] struct {
	NHSNumber N // want `PatientOf.NHSNumber looks identifiable \(NHS number\)`
}
