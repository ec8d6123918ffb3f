// Package service calls contracts.Records with what its callers pass
// it; it does not import the package that implements the interface, so
// its summaries carry the interface calls for its callers to complete.
package service

import "example.com/wiredchain/contracts"

type Lookup struct {
	Records contracts.Records
	Pager   contracts.Pager
}

func (l *Lookup) ByNHS(nhsNumber string) error { return l.Records.Fetch(nhsNumber) }

func (l *Lookup) ByID(id string) error { return l.Records.FetchByID(id) }

func (l *Lookup) Alert(msg string) error { return l.Pager.Page(msg) }
