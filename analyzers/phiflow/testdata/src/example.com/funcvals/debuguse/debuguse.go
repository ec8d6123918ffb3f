// Package debuguse runs statements through package debugdrv's logging
// driver.
package debuguse

import (
	"context"

	"example.com/funcvals/debugdrv"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

type db struct{}

func (db) Exec(ctx context.Context, query string, args any) error { return nil }

func Insert(ctx context.Context, p *Patient) error {
	drv := debugdrv.Debug(db{})
	return drv.Exec(ctx, "INSERT INTO patients VALUES ($1, $2)", []any{p.ID, p.Name}) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func InsertKey(ctx context.Context, p *Patient) error {
	drv := debugdrv.Debug(db{})
	return drv.Exec(ctx, "INSERT INTO patients VALUES ($1)", []any{p.ID}) // clean: the key only
}
