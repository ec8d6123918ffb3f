package jinzhugormleaks

import (
	"encoding/json"
	"net/http"

	"github.com/jinzhu/gorm"
)

// Patient is the only model with marked data; the others reach it only
// through associations.
type Patient struct {
	ID   int64
	Name string `phi:"direct"`
}

// Account links a patient's row.
type Account struct {
	ID      int64
	Email   string   `phi:"direct"`
	Patient *Patient `gorm:"foreignkey:AccountID"`
}

// Clinician's account is an association.
type Clinician struct {
	ID        int64
	Grade     string
	Account   Account `gorm:"foreignkey:AccountID"`
	AccountID int64
}

// Site lists its clinicians (many2many).
type Site struct {
	ID         int64
	Name       string
	Clinicians []*Clinician `gorm:"many2many:clinician_site"`
}

// db is the service's connection, a query each call starts from.
var db *gorm.DB

// Unloaded: a query that preloads nothing leaves the associations empty.
func Unloaded(w http.ResponseWriter) {
	var sites []Site
	db.Where("name like ?", "A%").Order("id").Find(&sites)
	json.NewEncoder(w).Encode(sites)
	var c Clinician
	db.First(&c, 7)
	json.NewEncoder(w).Encode(c)
	var last Clinician
	db.Unscoped().Last(&last)
	json.NewEncoder(w).Encode(last)
	var taken Clinician
	db.Take(&taken)
	json.NewEncoder(w).Encode(taken)
	var scanned Clinician
	db.Table("clinicians").Scan(&scanned)
	json.NewEncoder(w).Encode(scanned)
	var joined []Clinician
	db.Joins("JOIN accounts ON accounts.id = clinicians.account_id").Find(&joined)
	json.NewEncoder(w).Encode(joined)
	var fresh Clinician
	db.Preload("Account").New().First(&fresh)
	json.NewEncoder(w).Encode(fresh)
}

// Opened: a connection just opened preloads nothing.
func Opened(w http.ResponseWriter) {
	conn, err := gorm.Open("postgres", "host=db")
	if err != nil {
		return
	}
	var c Clinician
	conn.First(&c)
	json.NewEncoder(w).Encode(c)
	var pc Clinician
	conn.Preload("Account").First(&pc)
	json.NewEncoder(w).Encode(pc) // want `^Account.Email \(direct\) is sent in a response by`
}

// Given: a query the caller prepared may preload anything.
func Given(w http.ResponseWriter, q *gorm.DB) {
	var c Clinician
	q.First(&c)
	json.NewEncoder(w).Encode(c) // want `Account.Email \(direct\), Patient.Name \(direct\) is sent in a response by`
}

// Preloaded: a query that preloads the path to the patient loads it;
// one that preloads the account loads the account's columns, not its
// patient (the preload's query is a new session without the search,
// Scope.NewDB in scope.go, so it preloads nothing further).
func Preloaded(w http.ResponseWriter) {
	var sites []Site
	db.Preload("Clinicians.Account.Patient").Find(&sites)
	json.NewEncoder(w).Encode(sites) // want `Account.Email \(direct\), Patient.Name \(direct\) is sent in a response by`
	var c Clinician
	db.Preload("Account").First(&c, 7)
	json.NewEncoder(w).Encode(c) // want `^Account.Email \(direct\) is sent in a response by`
	var last Clinician
	db.Preload("Account").Last(&last)
	json.NewEncoder(w).Encode(last) // want `^Account.Email \(direct\) is sent in a response by`
	var taken Clinician
	db.Preload("Account").Take(&taken)
	json.NewEncoder(w).Encode(taken) // want `^Account.Email \(direct\) is sent in a response by`
}

// AutoPreload: a setting may preload every association, which phivet
// cannot tell apart from others.
func AutoPreload(w http.ResponseWriter) {
	var c Clinician
	db.Set("gorm:auto_preload", true).First(&c)
	json.NewEncoder(w).Encode(c) // want `Account.Email \(direct\), Patient.Name \(direct\) is sent in a response by`
}

// Transaction: the transaction is a session of the query it is begun on.
func Transaction(w http.ResponseWriter) {
	db.Transaction(func(tx *gorm.DB) error {
		var c Clinician
		tx.First(&c)
		return json.NewEncoder(w).Encode(c)
	})
	db.Preload("Account").Transaction(func(tx *gorm.DB) error {
		var c Clinician
		tx.First(&c)
		return json.NewEncoder(w).Encode(c) // want `^Account.Email \(direct\) is sent in a response by`
	})
}

// Stored: storing a model the caller sent writes back no marked data.
func Stored(w http.ResponseWriter, r *http.Request) {
	var a Account
	if json.NewDecoder(r.Body).Decode(&a) != nil {
		return
	}
	db.Create(&a)
	db.Save(&a)
	db.Model(&a).Updates(&a)
	db.Model(&a).UpdateColumns(&a)
	db.Delete(&a)
	json.NewEncoder(w).Encode(a)
}
