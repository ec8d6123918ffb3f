package packs_test

import (
	"flag"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/packs"
)

var update = flag.Bool("update", false, "rewrite docs/packs.md from the tables")

// TestPacksDoc checks that docs/packs.md is the packs rendered: run
// `go test ./analyzers/packs -update` after changing a table.
func TestPacksDoc(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "packs.md")
	phitest.CheckGenerated(t, path, packs.Markdown(), *update, "go test ./analyzers/packs -update")
}

// Every mark is on the page, with its reason.
func TestPacksDocListsEveryMark(t *testing.T) {
	page := string(packs.Markdown())
	for _, tb := range packs.Tables {
		if !strings.Contains(page, "### "+tb.Library+"\n") {
			t.Errorf("the page has no section for %s", tb.Library)
		}
		for _, m := range tb.Marks {
			name := strings.TrimPrefix(m.Source.Name(), tb.Library+".")
			if m.Source.Tag != "" {
				name = m.Source.Match
			}
			// A keyed mark's class is per key: each key is on its row.
			classes := []string{" | " + m.Source.Class.String() + " | "}
			if m.Source.Keyed() {
				classes = classes[:0]
				for k, c := range m.Source.Keys {
					classes = append(classes, "`"+k+"`: "+c.String())
				}
			}
			listed := slices.ContainsFunc(strings.Split(page, "\n"), func(row string) bool {
				if !strings.Contains(row, "`"+name+"`") || !strings.HasSuffix(row, " | "+string(m.Profile)+" | "+m.Why+" |") {
					return false
				}
				for _, c := range classes {
					if !strings.Contains(row, c) {
						return false
					}
				}
				return true
			})
			if !listed {
				t.Errorf("the page does not list %s %s", tb.Library, name)
			}
		}
	}
}
