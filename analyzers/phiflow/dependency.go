package phiflow

import (
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// isDependency reports whether pass analyses a package of another module
// than the one(s) being analysed: a dependency, analysed only for the
// facts its callers need. Inside it only the catalog's and the
// configuration's sinks count (contract §2).
//
// The phivet command and go/packages drivers say which modules are main;
// go vet before go1.27 gives a module's path and version only, and a
// main or workspace module has no version. Drivers that give no module
// at all (nogo, GOPATH mode) leave the package's files to tell: a
// dependency's lie in the module cache or a vendor directory.
func isDependency(pass *analysis.Pass) bool {
	if m := pass.Module; m != nil && m.Path != "" {
		return !m.Main && m.Version != ""
	}
	for _, f := range pass.Files {
		name := filepath.ToSlash(pass.Fset.File(f.Pos()).Name())
		if inModuleCache(name) || strings.Contains(name, "/vendor/") {
			return true
		}
	}
	return false
}

// inModuleCache reports whether a file's path is inside the module cache,
// where every module's directory is named path@version.
func inModuleCache(name string) bool {
	for _, elem := range strings.Split(name, "/") {
		if _, version, ok := strings.Cut(elem, "@"); ok && strings.HasPrefix(version, "v") {
			return true
		}
	}
	return false
}
