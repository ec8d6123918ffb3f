package driver

import (
	"fmt"
	"os"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// newPass builds the pass of analyzer a over the package, with the
// fields go/analysis/checker fills.
func (r *run) newPass(a *analysis.Analyzer, st *pkgState, out *Package) *analysis.Pass {
	p := st.pkg
	inputs := map[*analysis.Analyzer]any{}
	for _, req := range a.Requires {
		inputs[req] = out.Results[req]
	}
	view := &factView{run: r, analyzer: a, own: st}
	pass := &analysis.Pass{
		Analyzer:     a,
		Fset:         p.Fset,
		Files:        p.Syntax,
		OtherFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		Pkg:          p.Types,
		TypesInfo:    p.TypesInfo,
		TypesSizes:   p.TypesSizes,
		TypeErrors:   p.TypeErrors,
		Module:       moduleOf(p.Module),
		ResultOf:     inputs,
		Report: func(d analysis.Diagnostic) {
			out.Diagnostics = append(out.Diagnostics, Diagnostic{Analyzer: a, Diagnostic: d})
		},
		ImportObjectFact:  view.importObject,
		ExportObjectFact:  view.exportObject,
		ImportPackageFact: view.importPackage,
		ExportPackageFact: view.exportPackage,
		AllObjectFacts:    view.allObjects,
		AllPackageFacts:   view.allPackages,
	}
	pass.ReadFile = func(name string) ([]byte, error) {
		if !readable(pass, name) {
			return nil, fmt.Errorf("Pass.ReadFile: %s is not among OtherFiles, IgnoredFiles, or names of Files", name)
		}
		return os.ReadFile(name)
	}
	return pass
}

// readable is the ReadFile policy of analysis.Pass: the package's own
// files only.
func readable(pass *analysis.Pass, name string) bool {
	if slices.Contains(pass.OtherFiles, name) || slices.Contains(pass.IgnoredFiles, name) {
		return true
	}
	for _, f := range pass.Files {
		if pass.Fset.File(f.FileStart).Name() == name {
			return true
		}
	}
	return false
}

// moduleOf is the pass's view of the package's module: never nil, as in
// every go/analysis driver.
func moduleOf(m *packages.Module) *analysis.Module {
	if m == nil {
		return &analysis.Module{}
	}
	return convertModule(m)
}

func convertModule(m *packages.Module) *analysis.Module {
	if m == nil {
		return nil
	}
	out := &analysis.Module{
		Path:      m.Path,
		Version:   m.Version,
		Replace:   convertModule(m.Replace),
		Time:      m.Time,
		Main:      m.Main,
		Indirect:  m.Indirect,
		Dir:       m.Dir,
		GoMod:     m.GoMod,
		GoVersion: m.GoVersion,
	}
	if m.Error != nil {
		out.Error = &analysis.ModuleError{Err: m.Error.Err}
	}
	return out
}
