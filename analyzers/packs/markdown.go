package packs

import (
	"fmt"
	"slices"
	"strings"

	"github.com/phivet/phivet/analyzers/config"
)

// Markdown renders every pack as the page docs/packs.md, and as what
// `phivet -explain packs` prints: every mark of every table with its
// class, profile and reason, so the documentation cannot drift from what
// phivet marks (a test compares the two).
func Markdown() []byte {
	var b strings.Builder
	b.WriteString(markdownIntro)
	for _, pack := range config.PackNames {
		var tables []*Table
		for _, t := range Tables {
			if t.Pack == pack {
				tables = append(tables, t)
			}
		}
		if len(tables) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n## %s\n", pack)
		for _, t := range tables {
			fmt.Fprintf(&b, "\n### %s\n\nWritten and tested against %s.\n\n", t.Library, t.Version)
			b.WriteString("| mark | class | profile | why |\n| --- | --- | --- | --- |\n")
			for _, m := range t.Marks {
				fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", markName(t, m.Source), markClass(m.Source), m.Profile, m.Why)
			}
		}
	}
	return []byte(b.String())
}

// markName is how the page shows a mark: its kind and its name without
// the library's path, which the section's heading gives; a tag rule shows
// its tag and pattern, a keyed source the argument that chooses the key.
func markName(t *Table, s config.Source) string {
	if s.Key() == "tag" {
		return fmt.Sprintf("tag `%s` matching `%s`", s.Tag, s.Match)
	}
	name := strings.TrimPrefix(s.Name(), t.Library+".")
	if name == "" {
		name = s.Name()
	}
	if s.Keyed() {
		return fmt.Sprintf("%s `%s`, by argument %d", s.Key(), name, s.Arg)
	}
	return s.Key() + " `" + name + "`"
}

// markClass is the mark's class, or for a keyed source each key's.
func markClass(s config.Source) string {
	if !s.Keyed() {
		return s.Class.String()
	}
	keys := make([]string, 0, len(s.Keys))
	for k := range s.Keys {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("`%s`: %s", k, s.Keys[k])
	}
	return strings.Join(parts, ", ")
}

const markdownIntro = `# Packs

<!-- Generated from analyzers/packs by ` + "`go test ./analyzers/packs -update`" + `: do not edit. -->

A pack is phivet's built-in marking of a health library's data model, so
that code built on the library needs no configuration: with no
phivet.yaml at all, a service that logs a FHIR Patient's name gets a
finding. A pack is on whenever its library is in the analysed program;
its marks are silent otherwise. ` + "`phivet -explain packs`" + ` prints this page.

Each pack has two profiles, chosen in phivet.yaml (or the golangci-lint
plugin's settings):

` + "```yaml" + `
packs:
  fhir: patient     # the default
  hl7v2: strict
  dicom: off        # turns the pack off
` + "```" + `

- **patient** (the default) marks a person's identity, contact details, next
  of kin and narrative, and the clinical content of the clinical resources.
  Logical ids, metadata and references are surrogate keys, not identifiable.
- **strict** adds references, display names, identifiers of every kind, free
  text, the dates of care and raw resources (JSON kept undecoded: what is
  decoded from it carries all of it, logical ids included).

A mark is a source entry like those of phivet.yaml (contract §1): a field's
values are identifiable with the class given, and a struct with marked
fields is a record, identifiable when printed, encoded or sent whole. A
user's own marks override a pack's: a phivet.yaml entry for the same field
with another class, or with ` + "`class: \"-\"`" + ` to say it is not
identifiable, wins. When a library is in the program but a mark matches
nothing in it (the library renamed a field in the version built), phivet
warns, naming the mark.

The reasons follow the standards: the HIPAA Safe Harbor identifiers
(45 CFR 164.514(b)(2), letters as there), the UK's NHS identifiers and the
confidentiality guidance the contract cites.
`
