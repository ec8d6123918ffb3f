// Package vocab declares phivet's vocabulary once: the class of
// identifiable data, the kind of a sink and the guard a call requires.
// The configuration, the directives, the facts, the catalog and the
// engine all hold these types; a word is read (ParseClass, ParseKind,
// ParseGuard) where the user writes it, in phivet.yaml or a //phi:
// directive, and written (String) where phivet prints. Both ways of
// marking code therefore accept the same words and reject a bad one with
// the same message.
//
// Each type is a small integer: labels carry a class and are copied at
// every union in the solver, and a writer's destination keeps its sink
// kinds as bits.
package vocab
