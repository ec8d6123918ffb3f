package flowmap

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
)

// RecipientGroup is the flows whose data one recipient receives.
type RecipientGroup struct {
	Recipient string
	Rows      []RecipientRow
}

// RecipientRow is one datum reaching a recipient through one flow.
type RecipientRow struct {
	Data  string
	Class string
	Flow  Flow
}

// Recipients groups the map's flows of data by recipient, "unknown"
// last: who receives what, for a reviewer.
func Recipients(m *Map) []RecipientGroup {
	by := map[string]*RecipientGroup{}
	for _, d := range m.Data {
		for _, f := range d.Flows {
			r := f.Recipient
			if r == "" {
				r = Unknown
			}
			g := by[r]
			if g == nil {
				g = &RecipientGroup{Recipient: r}
				by[r] = g
			}
			g.Rows = append(g.Rows, RecipientRow{Data: d.Name, Class: d.Class, Flow: f})
		}
	}
	out := make([]RecipientGroup, 0, len(by))
	for _, g := range by {
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Recipient, out[j].Recipient
		if (a == Unknown) != (b == Unknown) {
			return b == Unknown
		}
		return a < b
	})
	return out
}

// csvHeader names the columns of the record-of-processing table.
var csvHeader = []string{"data item", "class", "recipient", "sink kind", "guard", "file:line"}

// CSV writes the map as a record-of-processing table: a row per datum and
// flow, in the order of the map's data; rows that would say the same are
// written once.
func CSV(w io.Writer, m *Map) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	written := map[[6]string]bool{}
	for _, d := range m.Data {
		for _, f := range d.Flows {
			r := f.Recipient
			if r == "" {
				r = Unknown
			}
			row := [6]string{d.Name, d.Class, r, f.Kind, f.Status, fmt.Sprintf("%s:%d", f.File, f.Line)}
			if written[row] {
				continue // flows told apart by a column or a function: one row
			}
			written[row] = true
			if err := cw.Write(row[:]); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
