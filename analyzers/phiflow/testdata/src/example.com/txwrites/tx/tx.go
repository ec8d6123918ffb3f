// Package tx runs work inside a transaction, as a service's own helper
// around a database session does (commit and rollback left out).
package tx

// Run calls op inside a transaction.
func Run(op func() error) error { return op() }
