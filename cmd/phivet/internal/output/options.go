package output

import "github.com/phivet/phivet/analyzers/codes"

// Options are common to the writers. The zero value works: paths are then
// printed and recorded as the absolute paths the analysis produced.
type Options struct {
	// Root is the repository root. SARIF URIs, JSON "file" fields and
	// fingerprints are relative to it, with forward slashes, so that they
	// are the same on every checkout and operating system; that is what lets
	// GitHub code scanning match an alert across runs and lets a JSON
	// baseline be shared. Files outside Root keep absolute paths.
	Root string
	// WorkDir is the directory text output is relative to when a file is
	// under it, as go vet and staticcheck print paths for a terminal.
	WorkDir string
	// ToolVersion is phivet's version, e.g. "v0.1.0"; SARIF tool.driver.version.
	ToolVersion string
	// HelpBaseURI is where the code pages are published, e.g.
	// DefaultHelpBaseURI. A SARIF rule's helpUri is HelpBaseURI+CODE+".md";
	// empty means no helpUri (the help text is embedded anyway).
	HelpBaseURI string
}

const (
	// InformationURI is the project home, SARIF tool.driver.informationUri.
	InformationURI = codes.RepoURL
	// DefaultHelpBaseURI is the code pages on the main branch. A release
	// build may prefer its tag, so the page matches the binary.
	DefaultHelpBaseURI = codes.PagesURL
)
