package recursion

import (
	"encoding/json"
	"log"
)

// Decorators wrap an interface and call the method they decorate on the
// value they wrap: a call that may reach the decorator itself, so its
// summary goes round its own field (.next.next…). What a decorator logs
// of its own fields stays apart from what the wrapped value stores.

type Store interface {
	Get(key string) ([]byte, error)
	Put(key string, v []byte) error
}

type memStore struct{ data map[string][]byte }

func (s *memStore) Get(key string) ([]byte, error) { return s.data[key], nil }

func (s *memStore) Put(key string, v []byte) error { s.data[key] = v; return nil }

// tracedStore logs the keys it is asked for and its own label.
type tracedStore struct {
	next  Store
	label string
	log   *log.Logger
}

func (t *tracedStore) Get(key string) ([]byte, error) {
	v, err := t.next.Get(key)
	t.log.Printf("%s get %s", t.label, key)
	return v, err
}

func (t *tracedStore) Put(key string, v []byte) error {
	t.log.Printf("%s put %s", t.label, key)
	return t.next.Put(key, v)
}

// countedStore counts, decorating whatever it wraps (a tracedStore too).
type countedStore struct {
	next Store
	n    int
}

func (c *countedStore) Get(key string) ([]byte, error) { c.n++; return c.next.Get(key) }

func (c *countedStore) Put(key string, v []byte) error { c.n++; return c.next.Put(key, v) }

// dumpingStore logs what it returns: the wrapped value's contents. It is
// a Fetcher, not a Store: Store's decorators never reach it.
type Fetcher interface {
	Fetch(key string) ([]byte, bool)
	Put(key string, v []byte) error
}

type dumpingStore struct{ next Store }

func (d *dumpingStore) Fetch(key string) ([]byte, bool) {
	v, err := d.next.Get(key)
	log.Printf("got %s", v)
	return v, err == nil
}

func (d *dumpingStore) Put(key string, v []byte) error { return d.next.Put(key, v) }

// Dumped stores a patient through a Fetcher, which logs what it reads
// back.
func Dumped(f Fetcher, p *Patient) {
	b, _ := json.Marshal(p)
	_ = f.Put("patient:"+p.ID, b)
	_, _ = f.Fetch("patient:" + p.ID) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

// Cached stores a patient through the Store decorators, which log only
// the keys and their own labels, and reads it back.
func Cached(s Store, p *Patient) *Patient {
	b, _ := json.Marshal(p)
	_ = s.Put("patient:"+p.ID, b)
	got, err := s.Get("patient:" + p.ID) // clean: the decorators log the key and their own label, not the stored patient
	if err != nil {
		return nil
	}
	var out Patient
	_ = json.Unmarshal(got, &out)
	return &out
}
