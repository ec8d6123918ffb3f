package jinzhugormleaks

import (
	"encoding/json"
	"net/http"
)

// A model a query loads marked columns into is a record, but a part of it
// below an association the query does not load, or whose loaded part
// holds nothing marked, is empty: a value given that part is given
// nothing identifiable.

// Rota is a clinician's shift, which a service fills with the caller's
// clinician, looked up by the caller's account.
type Rota struct {
	ID        int64
	Day       string
	Clinician *Clinician `gorm:"foreignkey:ClinicianID"`
}

// Staff is an account that may be a clinician's.
type Staff struct {
	ID        int64
	Email     string     `phi:"direct"`
	Clinician *Clinician `gorm:"foreignkey:StaffID"`
	Patient   *Patient   `gorm:"foreignkey:StaffID"`
}

// PartsUnloaded: the clinician loaded without its account, and a
// clinician no query loads, hold nothing marked; so does the rota the
// caller sent, given them.
func PartsUnloaded(w http.ResponseWriter, r *http.Request) {
	var rota Rota
	if json.NewDecoder(r.Body).Decode(&rota) != nil {
		return
	}
	var s Staff
	db.Preload("Clinician").Where("email = ?", r.FormValue("email")).First(&s)
	rota.Clinician = s.Clinician
	db.Create(&rota)
	json.NewEncoder(w).Encode(rota)
	json.NewEncoder(w).Encode(s.Clinician)
	var bare Staff
	db.First(&bare)
	json.NewEncoder(w).Encode(Rota{Day: "mon", Clinician: bare.Clinician})
}

// PartsLoaded: a part a query does load with marked data, or another
// call loads (Related), a part the code writes into, or whose address it
// hands to code that fills it, still carries what is put there.
func PartsLoaded(w http.ResponseWriter, r *http.Request) {
	var s Staff
	db.Preload("Clinician.Account").First(&s)
	json.NewEncoder(w).Encode(Rota{Clinician: s.Clinician}) // want `Account.Email \(direct\), Patient.Name \(direct\) is sent in a response by`
	var p Staff
	db.Preload("Patient").First(&p)
	json.NewEncoder(w).Encode(p.Patient) // want `Patient.Name \(direct\) is sent in a response by`
	var written Staff
	db.Preload("Clinician").First(&written)
	written.Clinician.Account.Email = workEmail()
	json.NewEncoder(w).Encode(Rota{Clinician: written.Clinician}) // want `Account.Email \(direct\), Patient.Name \(direct\), jinzhugormleaks.workEmail\(\) \(direct\) is sent in a response by`
	var related Staff
	db.First(&related)
	db.Model(&related).Related(&related.Patient)
	json.NewEncoder(w).Encode(related.Patient) // want `Patient.Name \(direct\) is sent in a response by`
	var handed Staff
	db.First(&handed)
	fillClinician(&handed)
	json.NewEncoder(w).Encode(Rota{Clinician: handed.Clinician}) // want `Account.Email \(direct\), Patient.Name \(direct\) is sent in a response by`
}

// workEmail is the clinician's own address, a source.
//
//phi:source direct
func workEmail() string { return "" }

// fillClinician gives the staff member a clinician from elsewhere.
func fillClinician(s *Staff) {
	db.Preload("Account").First(&s.Clinician)
}
