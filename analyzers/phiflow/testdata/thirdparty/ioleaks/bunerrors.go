package ioleaks

import (
	"context"
	"log"

	"github.com/uptrace/bun"

	"example.com/thirdparty/model"
)

// BunErrors: a query's error, and what bun's own code logs of the model
// it stores or fills, are the store's; what the code adds is not.
func BunErrors(ctx context.Context, db *bun.DB, p *model.Patient) {
	if _, err := db.NewInsert().Model(p).Exec(ctx); err != nil {
		log.Print(err)
		log.Printf("saving %s: %v", p.Name, err) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	}
	err := db.NewSelect().Model(p).WherePK().Scan(ctx)
	log.Print(err)
}
