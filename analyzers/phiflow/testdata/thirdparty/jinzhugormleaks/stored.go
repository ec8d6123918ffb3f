package jinzhugormleaks

import (
	"encoding/json"
	"net/http"

	"github.com/jinzhu/gorm"
)

// A query stored into a package variable keeps loading what it names
// for the queries started from the variable later, in any function.

// withAccounts is a connection every query of which preloads the
// accounts, once SetUp has run.
var withAccounts *gorm.DB

// autoLoading preloads every association.
var autoLoading *gorm.DB

// plain only ever holds a connection just opened.
var plain *gorm.DB

func SetUp() error {
	var err error
	plain, err = gorm.Open("postgres", "host=db")
	if err != nil {
		return err
	}
	withAccounts = plain
	withAccounts = withAccounts.Preload("Account")
	autoLoading = plain.Set("gorm:auto_preload", true)
	return nil
}

// StoredPreload: the stored preload loads the account, through the
// variable and through a local copy of it.
func StoredPreload(w http.ResponseWriter) {
	var c Clinician
	withAccounts.First(&c)
	json.NewEncoder(w).Encode(c) // want `^Account.Email \(direct\) is sent in a response by`
	conn := withAccounts
	var copied Clinician
	conn.Where("grade = ?", "F1").First(&copied)
	json.NewEncoder(w).Encode(copied) // want `^Account.Email \(direct\) is sent in a response by`
	var auto Clinician
	autoLoading.First(&auto)
	json.NewEncoder(w).Encode(auto) // want `Account.Email \(direct\), Patient.Name \(direct\) is sent in a response by`
}

// StoredConnection: a variable only ever given a connection loads
// nothing, through a local copy as well.
func StoredConnection(w http.ResponseWriter) {
	var c Clinician
	plain.First(&c)
	json.NewEncoder(w).Encode(c)
	conn := plain
	var copied Clinician
	conn.Order("id").First(&copied)
	json.NewEncoder(w).Encode(copied)
}
