// Package analyzers_test checks what drivers other than the phivet command
// need of phivet's analyzers, Bazel's nogo above all (docs/nogo.md): one
// Analyzer per package reachable as pkg.Analyzer, valid analyzer graphs,
// configuration through flags only (nogo passes analyzer_flags as strings),
// and facts that survive gob, which nogo, go vet and golangci-lint use to
// carry them between packages.
package analyzers_test

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phidiscover"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/taint"
)

// suite maps each analyzer package (its directory under analyzers/) to its
// Analyzer, as a nogo target lists them:
// "@com_github_phivet_phivet//analyzers/phiflow".
var suite = map[string]*analysis.Analyzer{
	"phidirective": phidirective.Analyzer,
	"phiflow":      phiflow.Analyzer,
	"phidiscover":  phidiscover.Analyzer,
}

func all() []*analysis.Analyzer {
	var as []*analysis.Analyzer
	for _, a := range suite {
		as = append(as, a)
	}
	return as
}

// Every package under analyzers/ that declares an Analyzer is in suite,
// declares exactly one, and names it after its directory (nogo's config
// keys analyzers by name).
func TestOneAnalyzerPerPackage(t *testing.T) {
	decl := regexp.MustCompile(`(?m)^var Analyzer = &analysis\.Analyzer\{`)
	dirs, err := filepath.Glob("*")
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]int{}
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			found[dir] += len(decl.FindAll(data, -1))
		}
	}
	for dir, n := range found {
		switch {
		case n > 1:
			t.Errorf("analyzers/%s declares %d Analyzers; nogo wants one per package", dir, n)
		case n == 1 && suite[dir] == nil:
			t.Errorf("analyzers/%s declares an Analyzer this test (and docs/nogo.md) does not list", dir)
		}
	}
	for dir, a := range suite {
		if found[dir] != 1 {
			t.Errorf("analyzers/%s: want one `var Analyzer = &analysis.Analyzer{`, found %d", dir, found[dir])
		}
		if a.Name != dir {
			t.Errorf("analyzers/%s.Analyzer is named %q, want its package's name", dir, a.Name)
		}
	}
}

func TestValidate(t *testing.T) {
	if err := analysis.Validate(all()); err != nil {
		t.Fatal(err)
	}
	// Every analyzer a phivet analyzer requires is in the suite or comes
	// from golang.org/x/tools, so a nogo target needs nothing else.
	names := map[*analysis.Analyzer]bool{}
	for _, a := range suite {
		names[a] = true
	}
	for _, a := range suite {
		for _, r := range a.Requires {
			fn := runtime.FuncForPC(reflect.ValueOf(r.Run).Pointer()).Name()
			if !names[r] && !strings.HasPrefix(fn, "golang.org/x/tools/") {
				t.Errorf("%s requires %s, which is not in the suite", a.Name, r.Name)
			}
		}
	}
}

// flagSamples are non-default values for every flag, as a nogo config's
// analyzer_flags or go vet's -NAME.FLAG would give them.
func flagSamples(t *testing.T) map[string]string {
	t.Helper()
	cfg, err := config.Load(filepath.Join("..", "testdata", "examplesvc", "phivet.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return map[string]string{
		phidirective.ConfigFlag: cfg.Encode(),
		phidirective.ChecksFlag: "all,-PHI3001",
		phiflow.TestsFlag:       "true",
	}
}

func TestFlagsRoundTrip(t *testing.T) {
	samples := flagSamples(t)
	for _, a := range suite {
		a.Flags.VisitAll(func(f *flag.Flag) {
			orig := f.Value.String()
			defer func() {
				if err := a.Flags.Set(f.Name, orig); err != nil {
					t.Errorf("-%s.%s: restoring %q: %v", a.Name, f.Name, orig, err)
				}
			}()
			if f.DefValue != orig {
				t.Errorf("-%s.%s is %q before any Set, want its default %q", a.Name, f.Name, orig, f.DefValue)
			}
			sample, ok := samples[f.Name]
			if !ok {
				t.Errorf("-%s.%s: no sample value in this test; add one", a.Name, f.Name)
				return
			}
			for _, v := range []string{sample, f.DefValue} {
				if err := a.Flags.Set(f.Name, v); err != nil {
					t.Errorf("-%s.%s: Set(%q): %v", a.Name, f.Name, v, err)
					continue
				}
				got := f.Value.String()
				if got != v {
					t.Errorf("-%s.%s: Set(%q) then String() = %q", a.Name, f.Name, v, got)
				}
				if err := a.Flags.Set(f.Name, got); err != nil || f.Value.String() != v {
					t.Errorf("-%s.%s: setting String()'s value back: %v, now %q", a.Name, f.Name, err, f.Value.String())
				}
			}
		})
	}
	// The configuration flag carries the whole configuration: what is set
	// decodes to what was encoded.
	want, err := config.Decode(samples[phidirective.ConfigFlag])
	if err != nil {
		t.Fatal(err)
	}
	if want.Encode() != samples[phidirective.ConfigFlag] {
		t.Errorf("config.Decode(Encode()) does not round-trip:\n%s\n%s", want.Encode(), samples[phidirective.ConfigFlag])
	}
}

// fill sets every exported field of the value behind v to something
// non-zero, recursively, so that a field gob cannot carry (a func, a
// channel, an interface holding an unregistered type) or silently drops
// shows up as a failed round trip.
func fill(t *testing.T, v reflect.Value, path string, depth int) {
	t.Helper()
	if depth > 6 {
		return // recursive types: deep enough
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(t, v.Field(i), path+"."+v.Type().Field(i).Name, depth+1)
			}
		}
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(t, p.Elem(), path, depth+1)
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := 0; i < 2; i++ {
			fill(t, s.Index(i), path+"[]", depth+1)
		}
		v.Set(s)
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			fill(t, v.Index(i), path+"[]", depth+1)
		}
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(t, k, path+"[key]", depth+1)
		fill(t, e, path+"[]", depth+1)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.String:
		v.SetString("x" + path)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(depth + 1))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(uint64(depth + 1))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1.5)
	default:
		t.Errorf("fact field %s is a %s, which gob cannot carry between packages", path, v.Kind())
	}
}

// roundTrip gob-encodes fact as the drivers do (in a field of interface
// type analysis.Fact, its concrete type registered) and decodes it.
func roundTrip(t *testing.T, fact analysis.Fact) analysis.Fact {
	t.Helper()
	gob.Register(fact)
	type envelope struct{ Fact analysis.Fact }
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(envelope{fact}); err != nil {
		t.Fatalf("gob-encoding %T: %v", fact, err)
	}
	var out envelope
	if err := gob.NewDecoder(&buf).Decode(&out); err != nil {
		t.Fatalf("gob-decoding %T: %v", fact, err)
	}
	return out.Fact
}

// samples are realistic facts of each type, beside the filled ones.
var samples = []analysis.Fact{
	&model.MarkFact{Source: "direct"},
	&model.MarkFact{Sink: "transmit", Requires: "check"},
	&model.MarkFact{Check: true, Audit: true, Sanitize: true},
	&taint.SummaryFact{Summary: taint.Summary{
		// func Lookup(nhs string) (*Patient, error): the result holds the
		// patient record; the first argument reaches a log inside.
		Results: []taint.Taint{
			{Data: taint.Set{{Name: "Patient", Class: "direct", Record: true,
				Origin: taint.Step{Where: "store.go:12:9", Msg: "store.GetPatient() returns it"}}}},
			{},
		},
		ParamOuts: []taint.Taint{{Data: taint.Set{{Name: "p", Param: 1, Path: ".Name"}}}},
		Sinks: []taint.ParamSink{{
			Param: 0, Path: ".Name",
			Sink:   taint.SinkDesc{Name: "log.Printf", Kind: catalog.Log, Printer: catalog.Fmt},
			Guards: taint.Guards{Audit: true},
			Steps:  []taint.Step{{Where: "store.go:14:2", Msg: "reaches log sink log.Printf"}},
		}},
		Writes: []taint.WriterSink{{
			Dest: 1,
			Data: taint.Set{{Name: "Patient.NHSNumber", Class: "direct"}},
			Sink: taint.SinkDesc{Name: "(*os.File).Write", Kind: catalog.Export, URL: false},
		}},
		Check: &taint.CheckRole{Result: 1, Bool: true},
		Audit: true,
	}},
}

func TestFactsGob(t *testing.T) {
	seen := map[reflect.Type]bool{}
	for _, a := range suite {
		for _, ft := range a.FactTypes {
			typ := reflect.TypeOf(ft)
			if typ.Kind() != reflect.Pointer {
				t.Errorf("%s: fact type %v is not a pointer", a.Name, typ)
				continue
			}
			seen[typ] = true
			filled := reflect.New(typ.Elem())
			fill(t, filled.Elem(), typ.Elem().Name(), 0)
			fact := filled.Interface().(analysis.Fact)
			if got := roundTrip(t, fact); !reflect.DeepEqual(got, fact) {
				t.Errorf("%s: %v does not survive gob:\nsent %#v\ngot  %#v", a.Name, typ, fact, got)
			}
		}
	}
	for _, fact := range samples {
		if !seen[reflect.TypeOf(fact)] {
			t.Errorf("sample %T is not a fact type of any analyzer", fact)
		}
		if got := roundTrip(t, fact); !reflect.DeepEqual(got, fact) {
			t.Errorf("%T does not survive gob:\nsent %#v\ngot  %#v", fact, fact, got)
		}
	}
	for typ := range seen {
		n := 0
		for _, s := range samples {
			if reflect.TypeOf(s) == typ {
				n++
			}
		}
		if n == 0 {
			t.Errorf("no realistic sample of fact type %v in this test; add one", typ)
		}
	}
}

// docs/nogo.md's nogo_config.json and BUILD file name every analyzer, set
// only flags that exist, and configure the analyzers as the example
// service's phivet.yaml does.
func TestDocumentedNogoConfig(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "nogo.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	m := regexp.MustCompile("(?s)```json\n(.*?)```").FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("docs/nogo.md has no json block")
	}
	var cfg map[string]struct {
		AnalyzerFlags map[string]string `json:"analyzer_flags"`
		ExcludeFiles  map[string]string `json:"exclude_files"`
		OnlyFiles     map[string]string `json:"only_files"`
	}
	dec := json.NewDecoder(strings.NewReader(m[1]))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		t.Fatalf("docs/nogo.md's nogo_config.json: %v", err)
	}
	for name, a := range suite {
		if _, ok := cfg[name]; !ok {
			t.Errorf("nogo_config.json does not configure %s", name)
		}
		if !strings.Contains(doc, `"@com_github_phivet_phivet//analyzers/`+name+`"`) {
			t.Errorf("the BUILD example does not list analyzers/%s", name)
		}
		for flagName, value := range cfg[name].AnalyzerFlags {
			f := a.Flags.Lookup(flagName)
			if f == nil {
				t.Errorf("nogo_config.json sets -%s.%s, which does not exist", name, flagName)
				continue
			}
			orig := f.Value.String()
			if err := a.Flags.Set(flagName, value); err != nil {
				t.Errorf("nogo_config.json: -%s.%s=%q: %v", name, flagName, value, err)
			}
			_ = a.Flags.Set(flagName, orig)
		}
	}
	for name := range cfg {
		if name != "_base" && suite[name] == nil {
			t.Errorf("nogo_config.json configures %q, which is no phivet analyzer", name)
		}
	}
	got, err := config.Decode(cfg["phidirective"].AnalyzerFlags[phidirective.ConfigFlag])
	if err != nil {
		t.Fatalf("nogo_config.json's configuration: %v", err)
	}
	want, err := config.Load(filepath.Join("..", "testdata", "examplesvc", "phivet.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if plain(t, got) != plain(t, want) {
		t.Errorf("nogo_config.json's configuration\n%s\nis not the example service's phivet.yaml\n%s", plain(t, got), plain(t, want))
	}
}

// plain is c's JSON without file names and line numbers.
func plain(t *testing.T, c *config.Config) string {
	t.Helper()
	strip := regexp.MustCompile(`"(file|line)":("[^"]*"|\d+),?`)
	return strip.ReplaceAllString(c.Encode(), "")
}
