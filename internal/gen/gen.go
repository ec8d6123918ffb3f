// Package gen writes health-like Go code at a chosen size, for phivet's
// benchmarks (make bench) and soak runs (make soak).
//
// The output is a module: a shared guard package (disclosure checks,
// audits, sanitizers), a logging wrapper, and any number of clinical
// domains, each a model package (records with phi-tagged fields), a store,
// a service (HTTP handlers, business logic, logging) and an integration
// package (an outgoing HTTP client and file exporters). Services call the
// integration packages of other domains, so facts cross packages, and the
// import graph has a bounded depth, as real services do.
//
// Most flows are guarded (a check on the branch, a deferred audit, a
// sanitizer); some are deliberate leaks, marked in the source with a
// trailing "// leak: CODE" comment, the convention of phivet's end-to-end
// tests, and counted in Stats.
//
// Output is a function of Options alone: the same seed and size give the
// same bytes.
package gen

import (
	"bytes"
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Options say what to generate.
type Options struct {
	Dir    string // the module's directory; created, and must be empty or absent
	Module string // the module path; default example.com/healthgen
	Lines  int    // the approximate number of lines to write; default 10000
	Seed   uint64
}

// Stats describe what was generated.
type Stats struct {
	Lines    int            `json:"lines"`
	Files    int            `json:"files"`
	Packages int            `json:"packages"`
	Domains  int            `json:"domains"`
	Funcs    int            `json:"funcs"`
	Leaks    map[string]int `json:"leaks"` // deliberate leaks by code
	Guarded  int            `json:"guarded"`
}

// File is one generated file.
type File struct {
	Path string // slash-separated, relative to the module root
	Data []byte
}

// Generate writes the module to opts.Dir.
func Generate(opts Options) (Stats, error) {
	files, st, err := Files(opts)
	if err != nil {
		return st, err
	}
	if opts.Dir == "" {
		return st, fmt.Errorf("gen: no output directory")
	}
	if ents, err := os.ReadDir(opts.Dir); err == nil && len(ents) > 0 {
		return st, fmt.Errorf("gen: %s is not empty", opts.Dir)
	}
	for _, f := range files {
		p := filepath.Join(opts.Dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return st, err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return st, err
		}
	}
	return st, nil
}

// Files returns the module's files, in a fixed order, without writing them.
func Files(opts Options) ([]File, Stats, error) {
	if opts.Module == "" {
		opts.Module = "example.com/healthgen"
	}
	if opts.Lines <= 0 {
		opts.Lines = 10000
	}
	g := &generator{
		opts: opts,
		rng:  rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15)),
		st:   Stats{Leaks: map[string]int{}},
	}
	if err := g.run(); err != nil {
		return nil, g.st, err
	}
	sort.Slice(g.files, func(i, j int) bool { return g.files[i].Path < g.files[j].Path })
	return g.files, g.st, nil
}

type generator struct {
	opts    Options
	rng     *rand.Rand
	files   []File
	st      Stats
	domains []*domain
}

// domain is one clinical area: four packages.
type domain struct {
	name     string // package directory, e.g. cardiology007
	tier     int    // a domain imports only domains of a lower tier
	entities []*entity
	deps     []*domain
}

// entity is a record type of a domain's model.
type entity struct {
	name   string // Go type name, e.g. LabResult
	lower  string // for identifiers: labResult
	route  string // URL segment: lab-results
	fields []field
	masked bool // has a String method that prints no identifiable data
}

type field struct {
	name  string
	typ   string // string, time.Time, []string, int, bool
	class string // direct, indirect, clinical, "-" or "" (unmarked)
	json  string
}

const tiers = 5

func (g *generator) run() error {
	if err := g.common(); err != nil {
		return err
	}
	perDomain := 2600 // roughly, by the templates below
	target := g.opts.Lines
	for i := 0; ; i++ {
		if i > 0 && g.st.Lines+perDomain/2 >= target {
			break
		}
		d := g.newDomain(i)
		before := g.st.Lines
		if err := g.writeDomain(d); err != nil {
			return err
		}
		if i == 0 {
			perDomain = g.st.Lines - before
		}
		g.domains = append(g.domains, d)
		g.st.Domains++
	}
	if err := g.add("go.mod", fmt.Sprintf("module %s\n\ngo 1.26.0\n", g.opts.Module), false); err != nil {
		return err
	}
	return g.add("README.md", fmt.Sprintf("# generated health-like corpus\n\nWritten by phivet's internal/gen (seed %d, about %d lines) for benchmarks and soak runs.\nDeliberate leaks are marked `// leak: CODE`.\n", g.opts.Seed, g.opts.Lines), false)
}

// add records a file; Go files are gofmt'ed, which also checks their syntax.
func (g *generator) add(path, src string, isGo bool) error {
	data := []byte(src)
	if isGo {
		out, err := format.Source(data)
		if err != nil {
			return fmt.Errorf("gen: %s: %v\n%s", path, err, numbered(src))
		}
		data = out
		g.st.Files++
	}
	if isGo {
		g.st.Lines += bytes.Count(data, []byte("\n"))
	}
	g.files = append(g.files, File{Path: path, Data: data})
	return nil
}

func numbered(src string) string {
	var b strings.Builder
	for i, l := range strings.Split(src, "\n") {
		fmt.Fprintf(&b, "%5d  %s\n", i+1, l)
	}
	return b.String()
}

func (g *generator) chance(p float64) bool { return g.rng.Float64() < p }

// leak records a deliberate leak and returns its marker comment.
func (g *generator) leak(code string) string {
	g.st.Leaks[code]++
	return " // leak: " + code
}

func (g *generator) guarded() { g.st.Guarded++ }

var areas = []string{
	"cardiology", "oncology", "renal", "maternity", "paediatrics", "radiology",
	"pathology", "pharmacy", "emergency", "orthopaedics", "neurology", "dermatology",
	"ophthalmology", "respiratory", "diabetes", "mentalhealth", "sexualhealth",
	"community", "primarycare", "theatres", "dietetics", "physio", "audiology", "urology",
}

var entityKinds = []struct{ name, route string }{
	{"Patient", "patients"}, {"Encounter", "encounters"}, {"LabResult", "lab-results"},
	{"Prescription", "prescriptions"}, {"Referral", "referrals"}, {"Appointment", "appointments"},
	{"Admission", "admissions"}, {"Immunisation", "immunisations"}, {"Allergy", "allergies"},
	{"CarePlan", "care-plans"}, {"Observation", "observations"}, {"ImagingStudy", "imaging-studies"},
	{"Discharge", "discharges"}, {"Consultation", "consultations"}, {"Claim", "claims"},
}

// The fields a record may carry, by class, each "name type json". Names
// that look identifiable are always marked, so PHI3001 stays quiet but
// for the deliberate ones.
var (
	directFields = fieldsOf("direct",
		"FullName string full_name",
		"NHSNumber string nhs_number",
		"Email string email",
		"Phone string phone",
		"AddressLine string address_line",
		"MRN string mrn",
	)
	indirectFields = fieldsOf("indirect",
		"BirthDate time.Time birth_date",
		"Postcode string postcode",
		"Sex string sex",
		"GPPractice string gp_practice",
		"AdmittedAt time.Time admitted_at",
	)
	clinicalFields = fieldsOf("clinical",
		"Diagnoses []string diagnoses",
		"Medication string medication",
		"Notes string -",
		"ResultValue string result_value",
		"Procedures []string procedures",
	)
	plainFields = fieldsOf("",
		"Status string status",
		"Ward string ward",
		"Priority int priority",
		"Active bool active",
		"CreatedAt time.Time created_at",
		"Version int version",
		"Site string site",
	)
)

// fieldsOf returns the fields of class (or unmarked, for ""), one for
// each "name type json" spec.
func fieldsOf(class string, specs ...string) []field {
	fields := make([]field, len(specs))
	for i, spec := range specs {
		name, rest, _ := strings.Cut(spec, " ")
		typ, json, _ := strings.Cut(rest, " ")
		fields[i] = field{name: name, typ: typ, class: class, json: json}
	}
	return fields
}

func (g *generator) newDomain(i int) *domain {
	d := &domain{name: fmt.Sprintf("%s%03d", areas[i%len(areas)], i), tier: i % tiers}
	// Dependencies: up to two recent domains of a lower tier.
	var cands []*domain
	for j := len(g.domains) - 1; j >= 0 && len(cands) < 12; j-- {
		if g.domains[j].tier < d.tier {
			cands = append(cands, g.domains[j])
		}
	}
	for n := min(len(cands), 1+g.rng.IntN(2)); n > 0; n-- {
		k := g.rng.IntN(len(cands))
		d.deps = append(d.deps, cands[k])
		cands = append(cands[:k], cands[k+1:]...)
	}
	sort.Slice(d.deps, func(a, b int) bool { return d.deps[a].name < d.deps[b].name })
	// Entities: three to five distinct kinds.
	perm := g.rng.Perm(len(entityKinds))
	for _, k := range perm[:3+g.rng.IntN(3)] {
		ek := entityKinds[k]
		e := &entity{name: ek.name, lower: strings.ToLower(ek.name[:1]) + ek.name[1:], route: ek.route, masked: g.chance(0.2)}
		e.fields = append(e.fields, field{name: "ID", typ: "string", json: "id"})
		e.fields = append(e.fields, g.someFields(directFields, 1, 3)...)
		e.fields = append(e.fields, g.someFields(indirectFields, 1, 2)...)
		e.fields = append(e.fields, g.someFields(clinicalFields, 1, 2)...)
		e.fields = append(e.fields, g.someFields(plainFields, 2, 4)...)
		if g.chance(0.3) {
			e.fields = append(e.fields, field{name: "PatientRef", typ: "string", class: "-", json: "patient_ref"})
		}
		d.entities = append(d.entities, e)
	}
	return d
}

// someFields picks between lo and hi fields of list, in list order.
func (g *generator) someFields(list []field, lo, hi int) []field {
	n := lo + g.rng.IntN(hi-lo+1)
	idx := g.rng.Perm(len(list))[:n]
	sort.Ints(idx)
	var out []field
	for _, i := range idx {
		out = append(out, list[i])
	}
	return out
}

func (e *entity) firstOf(class string) field {
	for _, f := range e.fields {
		if f.class == class {
			return f
		}
	}
	panic("gen: entity without a " + class + " field")
}

// firstString is the first string field of the class, if any.
func (e *entity) firstString(class string) (field, bool) {
	for _, f := range e.fields {
		if f.class == class && f.typ == "string" {
			return f, true
		}
	}
	return field{}, false
}

func (e *entity) has(name string) bool {
	for _, f := range e.fields {
		if f.name == name {
			return true
		}
	}
	return false
}

// fileWriter builds one Go file and its import block.
type fileWriter struct {
	pkg     string
	imports map[string]string // path -> name
	body    strings.Builder
}

func newFile(pkg string) *fileWriter { return &fileWriter{pkg: pkg, imports: map[string]string{}} }

// use imports path and returns the name to refer to it by.
func (f *fileWriter) use(path string) string {
	name := path[strings.LastIndex(path, "/")+1:]
	f.imports[path] = name
	return name
}

// useAs imports path under a chosen name.
func (f *fileWriter) useAs(path, name string) string {
	f.imports[path] = name
	return name
}

func (f *fileWriter) p(format string, args ...any) {
	fmt.Fprintf(&f.body, format, args...)
	f.body.WriteByte('\n')
}

func (f *fileWriter) String(doc string) string {
	var b strings.Builder
	b.WriteString(doc)
	fmt.Fprintf(&b, "package %s\n\n", f.pkg)
	if len(f.imports) > 0 {
		paths := make([]string, 0, len(f.imports))
		for p := range f.imports {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		b.WriteString("import (\n")
		for _, p := range paths {
			name := f.imports[p]
			if name == p[strings.LastIndex(p, "/")+1:] {
				fmt.Fprintf(&b, "\t%q\n", p)
			} else {
				fmt.Fprintf(&b, "\t%s %q\n", name, p)
			}
		}
		b.WriteString(")\n\n")
	}
	b.WriteString(f.body.String())
	return b.String()
}

func (g *generator) writeFile(path string, f *fileWriter, doc string) error {
	return g.add(path, f.String(doc), true)
}
