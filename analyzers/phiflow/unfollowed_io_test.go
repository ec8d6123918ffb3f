package phiflow_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// TestUnfollowedNotInsideIOPackages checks that the calls a database
// driver (an I/O package: catalog.IOPackages) cannot have followed in its
// own code (its encoders' extension points: driver.Valuer, a codec, a
// bson Marshaler) are not carried to the analysed code's calls: what the
// driver does with the data is storing it, which discloses nothing, as
// its results and errors carry nothing. ioleaks hands patient data to
// pgx and the mongo driver, whose internals gave over a hundred listed
// calls before this rule.
func TestUnfollowedNotInsideIOPackages(t *testing.T) {
	needThirdParty(t)
	results := phitest.RunModule(t, thirdPartyDir, phiflow.Analyzer, "./ioleaks")
	var inside []string
	for _, r := range results {
		res, ok := r.Action.Result.(*phiflow.Result)
		if !ok || res == nil {
			t.Fatalf("%s: no phiflow result", r.Action.Package.PkgPath)
		}
		for _, u := range res.Unfollowed {
			where := u.Via.Where
			if u.Via.Pos.IsValid() {
				where = r.Action.Package.Fset.Position(u.Via.Pos).Filename
			}
			for _, p := range catalog.IOPackages {
				if mod := ioModule(p.Path); mod != "" && strings.Contains(where, mod) {
					inside = append(inside, fmt.Sprintf("%s through %s", u.Callee, where))
				}
			}
		}
	}
	if len(inside) > 0 {
		t.Errorf("%d unfollowed calls listed inside I/O packages, e.g. %s", len(inside), inside[0])
	}
}

// ioModule is the module-cache directory prefix of a third-party I/O
// package's module ("github.com/jackc/pgx/v5" → "github.com/jackc/pgx/v5@"),
// or "" for a standard one.
func ioModule(pkgPath string) string {
	first, _, _ := strings.Cut(pkgPath, "/")
	if !strings.Contains(first, ".") {
		return ""
	}
	switch {
	case strings.HasPrefix(pkgPath, "github.com/jackc/pgx/v5"):
		return "github.com/jackc/pgx/v5@"
	case strings.HasPrefix(pkgPath, "go.mongodb.org/mongo-driver"):
		return "go.mongodb.org/mongo-driver@"
	}
	return pkgPath + "@"
}
