// Package gen moves identifiable data through generic code.
package gen

import (
	"fmt"
	"log"
)

// Rec is a record.
type Rec struct {
	ID   string
	Name string `phi:"direct"`
}

// Box holds any value.
type Box[T any] struct{ V T }

// Get returns the value.
func (b Box[T]) Get() T { return b.V }

// Map applies f to every element.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Number is a constraint.
type Number interface{ ~int | ~int64 | ~float64 }

// Sum adds numbers.
func Sum[N Number](ns ...N) N {
	var s N
	for _, n := range ns {
		s += n
	}
	return s
}

// Show logs values through generic code.
func Show(r Rec, rs []Rec) {
	b := Box[string]{V: r.Name}
	log.Println(b.Get()) // leak: PHI1001
	names := Map(rs, func(r Rec) string { return r.Name })
	log.Println(fmt.Sprint(names)) // leak: PHI1001
	ids := Map(rs, func(r Rec) string { return r.ID })
	log.Println(ids, Sum(1, 2, 3))
}
