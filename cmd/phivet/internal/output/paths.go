package output

import (
	"net/url"
	"path/filepath"
	"strings"
)

// paths turns the analysis' absolute file names into what each output needs.
// It is built once per write because it resolves symlinks in the base
// directories: a root from `git rev-parse --show-toplevel` is symlink-free,
// while go list reports files under the directory as the user named it
// (macOS /var vs /private/var, a symlinked home), and without the fallback
// every file would look "outside the root" and lose its stable relative URI.
type paths struct {
	root, rootReal string
	work, workReal string
	real           map[string]string // file -> symlink-free file, memoised
}

func newPaths(o Options) *paths {
	p := &paths{real: make(map[string]string)}
	p.root, p.rootReal = base(o.Root)
	p.work, p.workReal = base(o.WorkDir)
	return p
}

// base returns dir made absolute and clean, and its symlink-free form.
func base(dir string) (abs, real string) {
	if dir == "" {
		return "", ""
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = filepath.Clean(dir)
	}
	real, err = filepath.EvalSymlinks(abs)
	if err != nil {
		real = abs
	}
	return abs, real
}

// repoRel returns file relative to Root with forward slashes, and whether
// file is under Root at all.
func (p *paths) repoRel(file string) (string, bool) {
	rel, ok := p.under(p.root, p.rootReal, file)
	return filepath.ToSlash(rel), ok
}

// repoFile is file as JSON records it and fingerprints hash it: relative to
// Root when under it, else absolute; forward slashes either way.
func (p *paths) repoFile(file string) string {
	if rel, ok := p.repoRel(file); ok {
		return rel
	}
	return filepath.ToSlash(file)
}

// display is file as text output prints it: relative to WorkDir when under
// it, otherwise as given, in the operating system's own form.
func (p *paths) display(file string) string {
	if rel, ok := p.under(p.work, p.workReal, file); ok {
		return rel
	}
	return file
}

func (p *paths) under(dir, dirReal, file string) (string, bool) {
	if dir == "" || file == "" {
		return "", false
	}
	if rel, ok := within(dir, file); ok {
		return rel, true
	}
	return within(dirReal, p.realFile(file))
}

func (p *paths) realFile(file string) string {
	if r, ok := p.real[file]; ok {
		return r
	}
	r, err := filepath.EvalSymlinks(file)
	if err != nil {
		r = file
	}
	p.real[file] = r
	return r
}

// within returns file relative to dir if it is inside dir.
func within(dir, file string) (string, bool) {
	rel, err := filepath.Rel(dir, file)
	if err != nil || rel == "." || rel == ".." || filepath.IsAbs(rel) ||
		strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return rel, true
}

// relURI escapes a slash-separated relative path as a URI reference
// ("a b.go" -> "a%20b.go"; a first segment with a colon gets "./" so it
// cannot be read as a scheme).
func relURI(rel string) string {
	return (&url.URL{Path: rel}).String()
}

// fileURI is the file:// URL of an absolute path; dir adds the trailing
// slash SARIF requires of a base URI. Windows drive paths become
// file:///C:/... as RFC 8089 has it.
func fileURI(abs string, dir bool) string {
	s := filepath.ToSlash(abs)
	if !strings.HasPrefix(s, "/") {
		s = "/" + s
	}
	if dir && !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return (&url.URL{Scheme: "file", Path: s}).String()
}
