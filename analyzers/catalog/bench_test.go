package catalog

import (
	"testing"
)

// lookups are names the engine looks up, in the proportions of a real
// package: mostly functions the catalog does not know (the user's own and
// unmodelled libraries), then propagators, sinks, writers and methods.
var lookups = []struct {
	name, pkg string
	method    bool
}{
	{"example.com/ehr/store.Get", "example.com/ehr/store", false},
	{"(*example.com/ehr/store.Store).GetPatient", "example.com/ehr/store", true},
	{"example.com/ehr/model.New", "example.com/ehr/model", false},
	{"(*example.com/ehr/api.Handler).ServeHTTP", "example.com/ehr/api", true},
	{"strings.ToUpper", "strings", false},
	{"strconv.Itoa", "strconv", false},
	{"fmt.Sprintf", "fmt", false},
	{"log.Printf", "log", false},
	{"(*log/slog.Logger).InfoContext", "log/slog", true},
	{"(*encoding/json.Encoder).Encode", "encoding/json", true},
	{"net/http.NewRequestWithContext", "net/http", false},
	{"(*strings.Builder).WriteString", "strings", true},
	{"(*bytes.Buffer).String", "bytes", true},
	{"(*sync.Mutex).Lock", "sync", true},
	{"time.Now", "time", false},
	{"sort.Strings", "sort", false},
}

func BenchmarkLookup(b *testing.B) {
	c := Standard
	b.ReportAllocs()
	n := 0
	for i := 0; b.Loop(); i++ {
		l := lookups[i%len(lookups)]
		if !c.Lookup(l.name, l.pkg, l.method).Empty() {
			n++
		}
	}
	if n == 0 {
		b.Fatal("no lookup found anything")
	}
}

func BenchmarkModels(b *testing.B) {
	paths := []string{"example.com/ehr/store", "go.uber.org/zap/zapcore", "github.com/sirupsen/logrus", "k8s.io/apimachinery/pkg/util/sets", "log/slog"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Standard.Models(paths[i%len(paths)])
	}
}
