package codes

// RepoURL is phivet's repository, where the documentation is published.
const RepoURL = "https://github.com/phivet/phivet"

// PagesURL is where the code pages (docs/codes/PHIxxxx.md) are published:
// on the main branch, beside the source they describe. URL(c) is PagesURL
// followed by the page's file name; a SARIF rule's helpUri is built the
// same way, from a base a release build may point at its tag.
const PagesURL = RepoURL + "/blob/main/docs/codes/"

// IndexURL is the list of every code page, for an analyzer that reports
// several codes.
const IndexURL = RepoURL + "/tree/main/docs/codes"

// URL is the page documenting c: what an analyzer's Diagnostic.URL and
// Analyzer.URL point at.
func URL(c Code) string { return PagesURL + string(c) + ".md" }

// DocURL is the page docs/name of the documentation ("golangci-lint.md").
func DocURL(name string) string { return RepoURL + "/blob/main/docs/" + name }
