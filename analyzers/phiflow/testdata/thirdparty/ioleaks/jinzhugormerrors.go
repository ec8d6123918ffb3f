package ioleaks

import (
	"log"

	"github.com/jinzhu/gorm"

	"example.com/thirdparty/model"
)

// JinzhuGormErrors: GORM v1's query errors, which its logger formats
// with the query's arguments, are the store's; what the code adds is not.
func JinzhuGormErrors(db *gorm.DB, p *model.Patient) {
	err := db.Where("nhs = ?", p.NHSNumber).Create(p).Error
	if err != nil {
		log.Print(err)
		log.Printf("saving %s: %v", p.Name, err) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	}
}
