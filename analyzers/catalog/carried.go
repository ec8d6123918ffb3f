package catalog

import "strings"

// CarriedFunc is a function value argument that a library function
// keeps in the value it returns (a context) for the callee given that
// value to call with the arguments it was given: templ's WithChildren
// puts a page's content, a component, into the context a layout's
// Render receives, and the layout renders it into its own writer where
// the page says { children... }. The layout's call reads the component
// back from the context, which phivet cannot resolve, so the row says
// that a call given the context calls the component too, as it is
// called itself.
type CarriedFunc struct {
	Func    string // the library function, as types.Func.FullName() spells it
	Arg     int    // index of the function value argument (receiver = 0)
	Library string // what it is, for the documentation
}

// CarriesFuncs reports whether a function of the package with the given
// path keeps a function value for a callee to call (a CarriedFunc row):
// only code importing it can make such a value.
func (c *Catalog) CarriesFuncs(pkgPath string) bool { return c.carriers[pkgPath] }

// funcPackage returns the package path of a function's full name,
// "pkg/path.Func" or "(*pkg/path.T).M".
func funcPackage(fullName string) string {
	name := strings.TrimLeft(fullName, "(*")
	if i := strings.Index(name, ")"); i >= 0 {
		name = name[:i]
	}
	return name[:strings.LastIndex(name, ".")]
}
