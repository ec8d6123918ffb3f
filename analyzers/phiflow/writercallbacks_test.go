package phiflow_test

import (
	"fmt"
	"go/types"
	"testing"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/internal/phitest"
)

// TestWriterCallbacksDeclared checks every catalog row of a callback that
// writes into the library's writer against the real library: the
// function is declared, and its argument Callback is a function whose
// parameter Writer is an io.Writer the callback can write to.
func TestWriterCallbacksDeclared(t *testing.T) {
	phitest.NeedModule(t, thirdPartyDir)
	var rows []catalog.WriterCallback
	for _, tb := range catalog.Tables() {
		rows = append(rows, tb.WriterCallbacks...)
	}
	if len(rows) == 0 {
		t.Fatal("no writer callback rows: the check would pass vacuously")
	}
	var funcs []string
	for _, w := range rows {
		funcs = append(funcs, w.Func)
	}
	decl := declaredIn(t, funcs)
	for _, w := range rows {
		param, err := callbackParam(decl[w.Func], w.Func, w.Callback, w.Writer)
		if err != "" {
			t.Errorf("writer callback: %s", err)
			continue
		}
		if !hasWriteMethod(param) {
			t.Errorf("writer callback: parameter %d of %s's callback is not a writer", w.Writer, w.Func)
		}
	}
}

// callbackParam returns the type of parameter param of the callback that
// function fn (of signature sig, nil if not declared) takes as argument
// callback (receiver = 0), or what is wrong with the row.
func callbackParam(sig *types.Signature, fn string, callback, param int) (types.Type, string) {
	if sig == nil {
		return nil, fmt.Sprintf("%s is not a function of %s", fn, pkgOf(fn))
	}
	i := callback
	if sig.Recv() != nil {
		i--
	}
	if i < 0 || i >= sig.Params().Len() {
		return nil, fmt.Sprintf("%s has no argument %d", fn, callback)
	}
	cb, ok := sig.Params().At(i).Type().Underlying().(*types.Signature)
	if !ok || param >= cb.Params().Len() {
		return nil, fmt.Sprintf("argument %d of %s is not a callback with a parameter %d", callback, fn, param)
	}
	return cb.Params().At(param).Type(), ""
}

// hasWriteMethod reports whether values of type t have a Write method.
func hasWriteMethod(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Write")
	_, ok := obj.(*types.Func)
	return ok
}
