package ioleaks

import (
	"log"

	"gorm.io/gorm"

	"example.com/thirdparty/model"
)

// GormErrors: a query's error, and what GORM's own logger does with the
// query's arguments, are the store's; what the code adds is not.
func GormErrors(db *gorm.DB, p *model.Patient) {
	err := db.Where("nhs = ?", p.NHSNumber).Create(p).Error
	if err != nil {
		log.Print(err)
		log.Printf("saving %s: %v", p.Name, err) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	}
}
