// Package wrapped calls functions through closures that call a function
// value they captured: a decorator returning one, and a constructor
// storing one in a field. What the captured value is, the code that
// made the closure knows.
package wrapped

import (
	"context"
	"fmt"
	"log"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// wrap returns a closure calling the function it is given.
func wrap(logf func(...any)) func(...any) {
	return func(v ...any) { logf(v...) }
}

func discard(...any) {}

//phi:sanitize
func mask(v ...any) string { return "***" }

func logMasked(v ...any) { log.Print(mask(v...)) }

func Wrapped(p *Patient) {
	f := wrap(log.Println)
	f(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func WrappedClean(p *Patient) {
	quiet := wrap(discard)
	quiet(p.Name) // clean: the closure calls a no-op
	masked := wrap(logMasked)
	masked(p.Name) // clean: the name is masked before it is logged
	f := wrap(log.Println)
	f(p.ID) // clean: the key only
}

// A closure kept in a field, calling the constructor's parameter (the
// shape of ent's debug driver).

type debugDriver struct {
	log func(context.Context, ...any)
}

func newDebug(logf func(...any)) *debugDriver {
	return &debugDriver{func(_ context.Context, v ...any) { logf(v...) }}
}

func (d *debugDriver) Exec(ctx context.Context, query string, args any) {
	d.log(ctx, fmt.Sprintf("query=%v args=%v", query, args))
}

var loud = newDebug(log.Println)

func Stored(p *Patient) {
	loud.Exec(context.Background(), "INSERT", []any{p.Name}) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

type quietDriver struct {
	log func(context.Context, ...any)
}

func newQuiet(logf func(...any)) *quietDriver {
	return &quietDriver{func(_ context.Context, v ...any) { logf(v...) }}
}

func (d *quietDriver) Exec(ctx context.Context, query string, args any) {
	d.log(ctx, fmt.Sprintf("query=%v args=%v", query, args))
}

var hushed = newQuiet(discard)

func StoredClean(p *Patient) {
	hushed.Exec(context.Background(), "INSERT", []any{p.Name}) // clean: only a no-op is ever stored
}
