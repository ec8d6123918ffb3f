package phiflow_test

import (
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// TestUnfollowedNotInsideIOPackages checks that the calls a database
// driver (an I/O package: a catalog table's IO) cannot have followed in its
// own code (its encoders' extension points: driver.Valuer, a codec, a
// bson Marshaler) are not carried to the analysed code's calls: what the
// driver does with the data is storing it, which discloses nothing, as
// its results and errors carry nothing. ioleaks hands patient data to
// pgx and the mongo driver and to nothing else phivet cannot follow, so
// it lists no call at all; before this rule the drivers' internals gave
// over a hundred.
func TestUnfollowedNotInsideIOPackages(t *testing.T) {
	needThirdParty(t)
	for _, r := range phitest.RunModule(t, thirdPartyDir, phiflow.Analyzer, "./ioleaks") {
		res, ok := r.Action.Result.(*phiflow.Result)
		if !ok || res == nil {
			t.Fatalf("%s: no phiflow result", r.Action.Package.PkgPath)
		}
		for _, u := range res.Unfollowed {
			t.Errorf("%s: %s listed through %s %v", r.Action.Package.Fset.Position(u.Pos), u.Callee, u.Via.Where, r.Action.Package.Fset.Position(u.Via.Pos))
		}
	}
}
