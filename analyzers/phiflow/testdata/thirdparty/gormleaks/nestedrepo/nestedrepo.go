// Package nestedrepo is a repository of appointments, as a service keeps
// its queries apart from its handlers: what a query here loads below an
// association (Preload("Patient") loads the patient, not the patient's
// user) reaches the handlers' package through the summaries.
package nestedrepo

import "gorm.io/gorm"

// User is an account, an association of the patient.
type User struct {
	ID    uint
	Name  string `json:"name" phi:"direct"`
	Email string `json:"email" phi:"direct"`
}

// Patient has marked columns of its own and an association to its user.
type Patient struct {
	ID     uint
	Notes  string `json:"notes" phi:"direct"`
	UserID uint
	User   User
}

// Appointment belongs to a patient.
type Appointment struct {
	ID        uint
	PatientID uint
	Patient   Patient
}

// Repo keeps the service's connection.
type Repo struct{ db *gorm.DB }

// WithPatients loads each appointment's patient, not the patient's user.
func (r *Repo) WithPatients() ([]Appointment, error) {
	var appts []Appointment
	err := r.db.Preload("Patient").Find(&appts).Error
	return appts, err
}

// WithUsers loads each appointment's patient and the patient's user.
func (r *Repo) WithUsers() ([]Appointment, error) {
	var appts []Appointment
	err := r.db.Preload("Patient.User").Find(&appts).Error
	return appts, err
}

// JoinedPatient joins each appointment's patient, not the patient's user.
func (r *Repo) JoinedPatient(id uint) (Appointment, error) {
	var a Appointment
	err := r.db.Joins("Patient").First(&a, id).Error
	return a, err
}
