// Package wire stores q's closures into q's struct.
package wire

import "example.com/closurectors/q"

type Handlers struct{ Queries *q.Queries }

func New(az q.Authz) *Handlers {
	return &Handlers{Queries: &q.Queries{Get: q.NewGet(az)}}
}
