// Package depleaks has the cases of data passed to a dependency (a
// module other than the test module): only the catalog's sinks inside it
// count (contract §2).
package depleaks

import (
	"example.com/depmodule/check"

	"example.com/thirdparty/model"
)

// DependencyBuiltins: a dependency's own panic and print are not sinks.
func DependencyBuiltins(p *model.Patient) {
	check.MustNotBeEmpty(p.Name)
	check.Trace(p.Name)
}

// DependencyCatalogSink: a catalog sink inside a dependency still is one.
func DependencyCatalogSink(p *model.Patient) {
	check.Logged(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	check.Logged(p.ID)
}

// OwnBuiltins: the test module's own panic and print are sinks.
func OwnBuiltins(p *model.Patient) {
	mustNotBeEmpty(p.Name) // want `Patient.Name \(direct\) reaches log sink panic`
	mustNotBeEmpty(p.ID)
	println(p.Name) // want `Patient.Name \(direct\) reaches log sink println`
	println(p.ID)
}

func mustNotBeEmpty(s string) {
	if s == "" {
		panic("empty: " + s)
	}
}
