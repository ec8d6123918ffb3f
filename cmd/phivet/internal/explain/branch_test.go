package explain

import (
	"go/ast"
	"go/parser"
	"testing"
)

func TestPolarity(t *testing.T) {
	for _, c := range []struct {
		cond         string
		failThen, ok bool
	}{
		{"!r", true, true},
		{"r", false, true},
		{"r != nil", true, true},
		{"nil != r", true, true},
		{"r == nil", false, true},
		{"(!r)", true, true},
		{"r && other", false, false},
		{"other != nil", false, false},
	} {
		e, err := parser.ParseExpr(c.cond)
		if err != nil {
			t.Fatal(err)
		}
		isR := func(x ast.Expr) bool { id, ok := ast.Unparen(x).(*ast.Ident); return ok && id.Name == "r" }
		failThen, ok := polarity(e, isR)
		if failThen != c.failThen || ok != c.ok {
			t.Errorf("polarity(%s) = %v, %v; want %v, %v", c.cond, failThen, ok, c.failThen, c.ok)
		}
	}
}

func TestTerminates(t *testing.T) {
	for body, want := range map[string]bool{
		"{ return }":               true,
		"{ x(); return }":          true,
		"{ panic(1) }":             true,
		"{ os.Exit(1) }":           true,
		"{ log.Fatalf(\"x\") }":    true,
		"{ continue }":             true,
		"{ log.Printf(\"x\") }":    false,
		"{}":                       false,
		"{ if x { return }; y() }": false,
	} {
		e, err := parser.ParseExpr("func() " + body)
		if err != nil {
			t.Fatal(body, err)
		}
		if got := terminates(e.(*ast.FuncLit).Body); got != want {
			t.Errorf("terminates(%s) = %v, want %v", body, got, want)
		}
	}
}
