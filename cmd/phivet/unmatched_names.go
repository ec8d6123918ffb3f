package main

import (
	"io"
	"slices"

	"github.com/phivet/phivet/analyzers/config"
)

// The warnings about configuration that names nothing ask one kind of
// question of the names the program declares: does one of kind K satisfy
// this pattern? Every package's names used to be kept to the end of the
// run to answer them (on a large service, the second largest thing the
// run held), when only the few names some question accepts can change an
// answer. So the questions are asked once before the run, of a recorder
// that says yes to all of them (so that none is skipped), and only the
// names a recorded question accepts are kept: each answer is then the one
// all the names would give.

// nameLookup answers the warnings' questions.
type nameLookup interface {
	// has reports whether a name of kind satisfies match. literal, when
	// not "", is the one name match accepts.
	has(kind, literal string, match func(string) bool) bool
}

// nameSet is the names the program declares, by kind (declaredNames).
type nameSet map[string][]string

func (s nameSet) has(kind, _ string, match func(string) bool) bool {
	return slices.ContainsFunc(s[kind], match)
}

// nameQueries records the questions the warnings ask, by kind.
type nameQueries struct {
	literals map[string]map[string]bool
	matches  map[string][]func(string) bool
}

func (q *nameQueries) has(kind, literal string, match func(string) bool) bool {
	if literal != "" {
		if q.literals[kind] == nil {
			q.literals[kind] = map[string]bool{}
		}
		q.literals[kind][literal] = true
	} else {
		q.matches[kind] = append(q.matches[kind], match)
	}
	return true
}

// wantedNames returns the questions warnUnmatched will ask under cfg.
func wantedNames(cfg *config.Config) *nameQueries {
	q := &nameQueries{literals: map[string]map[string]bool{}, matches: map[string][]func(string) bool{}}
	warnUnmatched(cfg, q, io.Discard)
	return q
}

// wants reports whether a name of kind can answer a recorded question;
// a nil q wants every name.
func (q *nameQueries) wants(kind, name string) bool {
	if q == nil || q.literals[kind][name] {
		return true
	}
	for _, match := range q.matches[kind] {
		if match(name) {
			return true
		}
	}
	return false
}
