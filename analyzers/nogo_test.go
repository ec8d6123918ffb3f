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
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/phidirective"
	phisuite "github.com/phivet/phivet/analyzers/suite"
)

// suite maps each analyzer package (its directory under analyzers/) to its
// Analyzer, as a nogo target lists them:
// "@com_github_phivet_phivet//analyzers/phiflow". The analyzers are the
// suite package's: the list every driver runs.
var suite = func() map[string]*analysis.Analyzer {
	m := map[string]*analysis.Analyzer{}
	for _, a := range phisuite.Analyzers {
		m[a.Name] = a
	}
	return m
}()

func all() []*analysis.Analyzer { return phisuite.Analyzers }

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

// flagSamples are non-default values for every flag, by ANALYZER.FLAG,
// as a nogo config's analyzer_flags or go vet's -NAME.FLAG would give
// them: the values suite.Configure sets from the example service's
// settings, so that the flags nogo is given are the ones every other
// driver sets. The flags are then put back to their defaults.
func flagSamples(t *testing.T) map[string]string {
	t.Helper()
	cfg, err := config.Load(filepath.Join("..", "testdata", "examplesvc", "phivet.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := phisuite.Configure(phisuite.Settings{Config: cfg, Codes: "all,-PHI3001", Tests: true}); err != nil {
		t.Fatal(err)
	}
	samples := map[string]string{}
	for _, a := range all() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if v := f.Value.String(); v != f.DefValue {
				samples[a.Name+"."+f.Name] = v
			}
			if err := a.Flags.Set(f.Name, f.DefValue); err != nil {
				t.Fatalf("-%s.%s: restoring its default: %v", a.Name, f.Name, err)
			}
		})
	}
	return samples
}

// configFlag is phidirective's configuration flag, as samples name it.
const configFlag = "phidirective." + phidirective.ConfigFlag

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
			sample, ok := samples[a.Name+"."+f.Name]
			if !ok {
				t.Errorf("-%s.%s: suite.Configure does not set it, so no driver but nogo can", a.Name, f.Name)
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
	want, err := config.Decode(samples[configFlag])
	if err != nil {
		t.Fatal(err)
	}
	if want.Encode() != samples[configFlag] {
		t.Errorf("config.Decode(Encode()) does not round-trip:\n%s\n%s", want.Encode(), samples[configFlag])
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
}

// Facts that phivet's analyzers export on real code survive gob: the
// analyzers run on testdata/nogofacts with the checker's sanity check
// (which gob-encodes every fact and checks the encoding is deterministic),
// and each fact is round-tripped here too. Every fact type must occur.
func TestRealFactsGob(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and analyses a module; skipped in -short mode")
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: filepath.Join("testdata", "nogofacts"), Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("testdata/nogofacts does not load")
	}
	graph, err := checker.Analyze(all(), pkgs, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	count := map[reflect.Type]int{}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		for _, of := range act.AllObjectFacts() {
			if of.Object.Pkg() != act.Package.Types {
				continue // inherited from a dependency: seen there
			}
			if reflect.ValueOf(of.Fact).Elem().IsZero() {
				continue
			}
			count[reflect.TypeOf(of.Fact)]++
			if got := roundTrip(t, of.Fact); !reflect.DeepEqual(nilEmpty(got), nilEmpty(of.Fact)) {
				t.Errorf("%s's fact on %s does not survive gob:\nsent %#v\ngot  %#v", act.Analyzer.Name, of.Object, of.Fact, got)
			}
		}
		for _, pf := range act.AllPackageFacts() {
			if pf.Package != act.Package.Types {
				continue // inherited from a dependency: seen there
			}
			count[reflect.TypeOf(pf.Fact)]++
			if got := roundTrip(t, pf.Fact); !reflect.DeepEqual(nilEmpty(got), nilEmpty(pf.Fact)) {
				t.Errorf("%s's fact on package %s does not survive gob:\nsent %#v\ngot  %#v", act.Analyzer.Name, pf.Package.Path(), pf.Fact, got)
			}
		}
	}
	for _, a := range suite {
		for _, ft := range a.FactTypes {
			if count[reflect.TypeOf(ft)] == 0 {
				t.Errorf("%s exported no %T on testdata/nogofacts: extend it so that the fact is tested", a.Name, ft)
			}
		}
	}
	t.Logf("facts round-tripped: %v", count)
}

// nilEmpty returns a deep copy of fact with empty slices and maps made
// nil: gob does not tell them apart, and neither do the analyzers.
func nilEmpty(fact analysis.Fact) analysis.Fact {
	var walk func(v reflect.Value) reflect.Value
	walk = func(v reflect.Value) reflect.Value {
		out := reflect.New(v.Type()).Elem()
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				p := reflect.New(v.Type().Elem())
				p.Elem().Set(walk(v.Elem()))
				out.Set(p)
			}
		case reflect.Struct:
			out.Set(v) // unexported fields as they are
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					out.Field(i).Set(walk(v.Field(i)))
				}
			}
		case reflect.Slice:
			if v.Len() > 0 {
				s := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
				for i := 0; i < v.Len(); i++ {
					s.Index(i).Set(walk(v.Index(i)))
				}
				out.Set(s)
			}
		case reflect.Map:
			if v.Len() > 0 {
				m := reflect.MakeMap(v.Type())
				for it := v.MapRange(); it.Next(); {
					m.SetMapIndex(it.Key(), walk(it.Value()))
				}
				out.Set(m)
			}
		default:
			out.Set(v)
		}
		return out
	}
	return walk(reflect.ValueOf(fact)).Interface().(analysis.Fact)
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
