// Package decorators has the cases of decorators: implementations of an
// interface that hold another implementation of it (a logging cache
// around a two-tier cache around a memory cache). Called through the
// interface, each layer may be any implementation (the chain New builds
// is one of them), so the layers of a
// chain are one object whose fields stay apart: what one layer stores
// does not reach what another logs of its own fields, and what is
// stored through the chain is still read back through it.
package decorators

import (
	"encoding/json"
	"log"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

type Cache interface {
	Get(key string) ([]byte, error)
	Set(key string, v []byte) error
}

type logger struct{ prefix string }

func (l *logger) warn(msg string, kv ...string) { log.Println(l.prefix, msg, kv) }

type memCache struct {
	data map[string][]byte
	log  *logger
}

func (m *memCache) Get(key string) ([]byte, error) {
	if key == "" {
		m.log.warn("empty key")
		return nil, nil
	}
	return m.data[key], nil
}

func (m *memCache) Set(key string, v []byte) error {
	m.data[key] = v
	return nil
}

// tiered tries its local tier first, then the shared one.
type tiered struct{ Local, Shared Cache }

func (t *tiered) Get(key string) ([]byte, error) {
	if b, err := t.Local.Get(key); err == nil {
		return b, nil
	}
	b, err := t.Shared.Get(key)
	if err == nil {
		_ = t.Local.Set(key, b)
	}
	return b, err
}

func (t *tiered) Set(key string, v []byte) error {
	_ = t.Local.Set(key, v)
	return t.Shared.Set(key, v)
}

// logged logs the failures of the cache it wraps, with its own logger.
type logged struct {
	cache Cache
	log   *logger
}

func (l *logged) Get(key string) ([]byte, error) {
	v, err := l.cache.Get(key)
	if err != nil {
		l.log.warn("get failed", key)
	}
	return v, err
}

func (l *logged) Set(key string, v []byte) error {
	return l.cache.Set(key, v)
}

type Service struct{ cache Cache }

func (s *Service) Save(p *Patient) error {
	b, _ := json.Marshal(p)
	return s.cache.Set(p.ID, b)
}

// Lookup only logs the layers' own prefixes: clean.
func (s *Service) Lookup(id string) ([]byte, error) {
	return s.cache.Get(id)
}

// Show logs what the chain gives back: what Save stored through it.
func (s *Service) Show(id string) {
	b, _ := s.cache.Get(id)
	log.Printf("cached: %s", b)
}

func New() *Service {
	l := &logger{prefix: "cache"}
	mem := func() Cache { return &memCache{data: map[string][]byte{}, log: l} }
	chain := &logged{cache: &tiered{Local: mem(), Shared: &logged{cache: mem(), log: l}}, log: l}
	return &Service{cache: chain}
}

// Run stores a patient through the chain and reads it back: Lookup's
// layers log only their prefixes, Show logs the record stored.
func Run(p *Patient) {
	s := New()
	_ = s.Save(p)
	_, _ = s.Lookup(p.ID)
	s.Show(p.ID) // want `Patient.Name \(direct\).* reaches log sink log.Printf`
}
