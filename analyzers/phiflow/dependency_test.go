package phiflow

import "testing"

// TestInModuleCache checks the fallback of drivers that give no module:
// a file in the module cache is a dependency's, one of the analysed
// module is not, even when a directory of it has an @ in its name.
func TestInModuleCache(t *testing.T) {
	for name, want := range map[string]bool{
		"/root/go/pkg/mod/github.com/jackc/pgx/v5@v5.9.2/conn.go":       true,
		"/home/u/go/pkg/mod/go.mongodb.org/mongo-driver@v1.17.9/x/a.go": true,
		"/src/service/internal/store/store.go":                          false,
		"/src/team@home/service/main.go":                                false,
	} {
		if got := inModuleCache(name); got != want {
			t.Errorf("inModuleCache(%q) = %v, want %v", name, got, want)
		}
	}
}
