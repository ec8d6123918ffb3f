package taint

import "go/token"

// Place is where a sink is: a position in the package being analysed, or,
// for one inside another package (read from a fact), its file:line:col
// text.
type Place struct {
	Pos   token.Pos
	Where string
}

// SinkPlace returns the place of the sink a path ends at: its last step
// (prepend keeps the sink end of a cut path). Flows of one sink function
// at two places are distinct (contract §3); the same place reached by two
// paths is one.
func SinkPlace(steps []Step) Place {
	if len(steps) == 0 {
		return Place{}
	}
	last := steps[len(steps)-1]
	return Place{last.Pos, last.Where}
}
