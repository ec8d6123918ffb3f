package codes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every code's URL is its page in docs/codes, and the page exists: a
// diagnostic's link and a SARIF rule's helpUri never lead nowhere.
func TestURL(t *testing.T) {
	if got, want := URL(LogLeak), "https://github.com/phivet/phivet/blob/main/docs/codes/PHI1001.md"; got != want {
		t.Errorf("URL(PHI1001) = %q, want %q", got, want)
	}
	for _, info := range All {
		page, ok := strings.CutPrefix(URL(info.Code), RepoURL+"/blob/main/")
		if !ok {
			t.Errorf("URL(%s) = %q is not a page of the repository", info.Code, URL(info.Code))
			continue
		}
		if _, err := os.Stat(filepath.Join("..", "..", filepath.FromSlash(page))); err != nil {
			t.Errorf("URL(%s): %v", info.Code, err)
		}
	}
	if _, err := os.Stat(filepath.Join("..", "..", "docs", "golangci-lint.md")); err != nil || DocURL("golangci-lint.md") != RepoURL+"/blob/main/docs/golangci-lint.md" {
		t.Errorf("DocURL(golangci-lint.md) = %q (%v)", DocURL("golangci-lint.md"), err)
	}
}
