package phiflow_test

import (
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/internal/phitest"
)

// TestKeyPathLookupsDeclared checks every catalog row of a JSON lookup by
// key path against the real library: the function is declared, each of
// its Path arguments is a string or a variadic of strings, and the cases
// in typenameleaks call it (so that the row has a finding and a clean
// case beside it).
func TestKeyPathLookupsDeclared(t *testing.T) {
	phitest.NeedModule(t, thirdPartyDir)
	var rows []catalog.KeyPathLookup
	for _, tb := range catalog.Tables() {
		rows = append(rows, tb.KeyPaths...)
	}
	var funcs []string
	for _, k := range rows {
		funcs = append(funcs, k.Func)
	}
	decl := declaredIn(t, funcs)
	called := calledIn(t, filepath.Join(thirdPartyDir, "typenameleaks"))
	for _, k := range rows {
		sig := decl[k.Func]
		if sig == nil {
			t.Errorf("key path lookup: %s is not a function of %s", k.Func, pkgOf(k.Func))
			continue
		}
		params := []types.Type{}
		if sig.Recv() != nil {
			params = append(params, sig.Recv().Type())
		}
		for i := 0; i < sig.Params().Len(); i++ {
			params = append(params, sig.Params().At(i).Type())
		}
		named := false
		for i, p := range params {
			if !k.Path.Has(i) {
				continue
			}
			named = true
			if sl, ok := p.(*types.Slice); ok && sig.Variadic() && i == len(params)-1 {
				p = sl.Elem()
			}
			if b, ok := p.Underlying().(*types.Basic); !ok || b.Kind() != types.String {
				t.Errorf("key path lookup: argument %d of %s is a %s, not a key path", i, k.Func, p)
			}
		}
		if !named {
			t.Errorf("key path lookup: %s has no argument the row names", k.Func)
		}
		if !called[k.Func[strings.LastIndex(k.Func, ".")+1:]] {
			t.Errorf("key path lookup: %s has no case in typenameleaks", k.Func)
		}
	}
}
