package phiflow_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// What the phivet command's completion step reads to leave a package's
// first judgement standing (analyzers/taint/completion.go): whether the
// package holds identifiable data anywhere, and which of its methods can
// change what a package that holds none finds. A package handling only
// a surrogate key, a count and a status code sees no data; one calling a
// source does. A declared source, a getter returning a source's data and
// a check bring data, functions and methods alike; a counter does not.
func TestCompletionHints(t *testing.T) {
	results := phitest.Run(t, phiflow.Analyzer, "example.com/completion/quiet", "example.com/completion/loud")
	sees := map[string]bool{}
	brings := map[string][]string{}
	for _, r := range results {
		res := r.Pass.ResultOf[phiflow.Analyzer].(*phiflow.Result)
		path := r.Pass.Pkg.Path()
		sees[path] = res.SeesData
		for fn := range res.BringsData {
			brings[path] = append(brings[path], fn.FullName())
		}
		slices.Sort(brings[path])
	}
	if sees["example.com/completion/quiet"] {
		t.Error("quiet: a package holding only a surrogate key, a count and a status code sees identifiable data")
	}
	if !sees["example.com/completion/loud"] {
		t.Error("loud: a package reading a source's data sees none")
	}
	if got := brings["example.com/completion/quiet"]; len(got) != 0 {
		t.Errorf("quiet: functions bringing data: %v, want none", got)
	}
	want := []string{
		"(example.com/completion/loud.Book).PhoneOf",
		"(example.com/completion/loud.Gatekeeper).Allow",
		"(example.com/completion/loud.Store).Load",
		"example.com/completion/loud.consent",
		"example.com/completion/loud.loadName",
	}
	if got := brings["example.com/completion/loud"]; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("loud: functions bringing data:\n%v\nwant:\n%v", got, want)
	}
}
