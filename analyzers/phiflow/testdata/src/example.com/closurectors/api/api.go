// Package api calls the closures q's constructors returned, directly and
// through the field wire stored them in.
package api

import (
	"context"
	"log"

	"example.com/closurectors/q"
	"example.com/closurectors/wire"
)

type Reply struct{ Label string }

//phi:sink respond
func Send(r *Reply) {}

func Checked(ctx context.Context, az q.Authz, key string) {
	get := q.NewGet(az)
	rec, err := get(ctx, key)
	if err != nil {
		return
	}
	Send(&Reply{Label: rec.Label}) // clean: the closure checks before it reads
}

func Open(ctx context.Context, key string) {
	get := q.NewOpen()
	rec, err := get(ctx, key)
	if err != nil {
		return
	}
	Send(&Reply{Label: rec.Label}) // want `Record.Label \(direct\).* is sent in a response by api.Send`
}

func Either(ctx context.Context, az q.Authz, key string, open bool) {
	get := q.NewEither(az, open)
	rec, err := get(ctx, key)
	if err != nil {
		return
	}
	Send(&Reply{Label: rec.Label}) // want `Record.Label \(direct\).* is sent in a response by api.Send`
}

func Notes(key string) {
	read := q.NewNote()
	log.Print(read(key)) // want `q.note\(\) \(clinical\).* reaches log sink log.Print`
}

type Server struct{ hs *wire.Handlers }

func (s *Server) Get(ctx context.Context, key string) {
	rec, err := s.hs.Queries.Get(ctx, key)
	if err != nil {
		return
	}
	Send(&Reply{Label: rec.Label}) // clean: what wire stored there checks
}
