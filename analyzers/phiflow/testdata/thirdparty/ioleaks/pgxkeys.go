package ioleaks

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"

	"example.com/thirdparty/model"
)

// Patients stores records in PostgreSQL through a pool.
type Patients struct{ pool *pgxpool.Pool }

// Insert fills in the key the database generated for the record, and a
// count: unmarked fields only.
func (s *Patients) Insert(ctx context.Context, p *model.Patient) error {
	err := s.pool.QueryRow(ctx, "insert into patients(name, nhs) values($1, $2) returning id", p.Name, p.NHSNumber).Scan(&p.ID)
	p.Visits = 1
	return err
}

// Upsert fills in the key and the name the database already held.
func (s *Patients) Upsert(ctx context.Context, p *model.Patient) error {
	return s.pool.QueryRow(ctx, "insert into patients(nhs) values($1) on conflict (nhs) do update set nhs = excluded.nhs returning id, name", p.NHSNumber).Scan(&p.ID, &p.Name)
}

// Creator creates records; a service over Patients implements it.
type Creator interface {
	Create(ctx context.Context, p *model.Patient) error
}

// Upserter creates or finds records; a service over Patients implements it.
type Upserter interface {
	Upsert(ctx context.Context, p *model.Patient) error
}

type creating struct{ store *Patients }

func (c creating) Create(ctx context.Context, p *model.Patient) error { return c.store.Insert(ctx, p) }

type upserting struct{ store *Patients }

func (u upserting) Upsert(ctx context.Context, p *model.Patient) error { return u.store.Upsert(ctx, p) }

// Handlers answer with the record they bound once it is stored.
type Handlers struct {
	Creator  Creator
	Upserter Upserter
}

// NewHandlers wires the services.
func NewHandlers(s *Patients) Handlers {
	return Handlers{Creator: creating{s}, Upserter: upserting{s}}
}

// PgxCreated: the caller's own record, with the key the database gave it.
func (h Handlers) PgxCreated(c echo.Context) error {
	p := new(model.Patient)
	if err := c.Bind(p); err != nil {
		return err
	}
	if err := h.Creator.Create(c.Request().Context(), p); err != nil {
		return err
	}
	return c.JSON(201, p) // clean: the caller's own record and its new key
}

// PgxUpserted: the name the database held is not the caller's.
func (h Handlers) PgxUpserted(c echo.Context) error {
	var p model.Patient
	if err := c.Bind(&p); err != nil {
		return err
	}
	if err := h.Upserter.Upsert(c.Request().Context(), &p); err != nil {
		return err
	}
	return c.JSON(200, p) // want `Patient.Name \(direct\).* is sent in a response`
}
