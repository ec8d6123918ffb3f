package config

import (
	"fmt"
	"go/token"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name in phivet.yaml is checked for shape when the file is loaded, so a
// typo stops the run with a line number instead of silently matching
// nothing. Whether it names anything real is only known during analysis.

type nameKind int

const (
	funcName nameKind = iota
	typeName
	varName
	fieldName
)

var nameForms = [...]struct {
	what, want string
	idents     int // identifiers after the package path
}{
	funcName:  {"function", "pkg/path.Func, (pkg/path.T).M or (*pkg/path.T).M", 1},
	typeName:  {"type", "pkg/path.Type", 1},
	varName:   {"var", "pkg/path.Name", 1},
	fieldName: {"field", "pkg/path.Type.Field", 2},
}

// checkName returns "" when s is a well-formed name of kind k, or a message
// for the user.
func checkName(k nameKind, s string) string {
	var problem string
	if k == funcName && strings.HasPrefix(s, "(") {
		problem = methodProblem(s)
	} else {
		n := nameForms[k].idents
		if k == fieldName {
			n = fieldIdents(s)
		}
		problem = qualifiedProblem(s, n)
	}
	if problem == "" {
		return ""
	}
	f := nameForms[k]
	return fmt.Sprintf("malformed %s name %q: %s (want %s)", f.what, s, problem, f.want)
}

// methodProblem checks "(pkg.T).M", "(*pkg.T).M" and, because
// types.Func.FullName prints them so, "(*pkg.T[K, V]).M" for methods of
// generic types.
func methodProblem(s string) string {
	end := strings.LastIndexByte(s, ')')
	if end < 0 {
		return "missing ')' after the receiver type"
	}
	if !strings.HasPrefix(s[end+1:], ".") {
		return "want .Method after the receiver"
	}
	if p := identProblem(s[end+2:]); p != "" {
		return p
	}
	recv := strings.TrimPrefix(s[1:end], "*")
	if i := strings.IndexByte(recv, '['); i >= 0 {
		if p := typeParamsProblem(recv[i:]); p != "" {
			return p
		}
		recv = recv[:i]
	}
	return qualifiedProblem(recv, 1)
}

// fieldIdents returns how many identifiers follow the package path in a
// field name: two (Type.Field), and one more for each upper-case word
// before them, because a field of an anonymous struct is named through
// the fields that reach it (Order.Patient.Demographics.SSN) and no real
// package path has an upper-case word after a dot (see qualifiedProblem).
func fieldIdents(s string) int {
	words := strings.Split(s[strings.LastIndexByte(s, '/')+1:], ".")
	n := 2
	for n+1 < len(words) {
		r, _ := utf8.DecodeRuneInString(words[len(words)-n-1])
		if !unicode.IsUpper(r) {
			break
		}
		n++
	}
	return n
}

func typeParamsProblem(s string) string {
	if !strings.HasSuffix(s, "]") {
		return fmt.Sprintf("type parameters %q do not end with ']'", s)
	}
	for _, p := range strings.Split(s[1:len(s)-1], ", ") {
		if problem := identProblem(p); problem != "" {
			return "in type parameters: " + problem
		}
	}
	return ""
}

// qualifiedProblem checks "pkg/path.A" (n == 1) or "pkg/path.A.B" (n == 2).
//
// The identifiers are split off from the right, inside the last path
// element, because their number is fixed by the kind of name while a
// package path may itself contain dots: "gopkg.in/yaml.v3.Marshal" is
// Marshal in gopkg.in/yaml.v3 and "github.com/nats-io/nats.go.Connect" is
// Connect in github.com/nats-io/nats.go. The price is that
// "example.com/ehr/store.Store.Get" would read as Get in package
// "example.com/ehr/store.Store"; since no real package path has an
// upper-case word after a dot, such a name is rejected as a likely mistake.
func qualifiedProblem(s string, n int) string {
	slash := strings.LastIndexByte(s, '/')
	head := s[slash+1:]
	for i := 0; i < n; i++ {
		dot := strings.LastIndexByte(head, '.')
		if dot < 0 {
			if i == 0 {
				return "missing package path"
			}
			return "missing package path or type name"
		}
		if p := identProblem(head[dot+1:]); p != "" {
			return p
		}
		head = head[:dot]
	}
	if dot := strings.LastIndexByte(head, '.'); dot >= 0 {
		if r, _ := utf8.DecodeRuneInString(head[dot+1:]); unicode.IsUpper(r) {
			return fmt.Sprintf("%q looks like a type name, not part of the package path", head[dot+1:])
		}
	}
	return pkgPathProblem(s[:slash+1] + head)
}

// pkgPathProblem is looser than module.CheckImportPath: it only rejects what
// cannot be a path at all, so that GOPATH-style and local paths still work.
func pkgPathProblem(p string) string {
	if p == "" {
		return "missing package path"
	}
	for _, elem := range strings.Split(p, "/") {
		if elem == "" || elem[0] == '.' || elem[len(elem)-1] == '.' || strings.Contains(elem, "..") {
			return fmt.Sprintf("bad package path element %q", elem)
		}
		for _, r := range elem {
			if !isASCIIAlnum(r) && !strings.ContainsRune("-._~+*", r) {
				return fmt.Sprintf("package path %q contains %q", p, r)
			}
		}
	}
	return ""
}

// identProblem accepts a Go identifier, or one with '*' wildcards in it.
func identProblem(s string) string {
	if s == "" {
		return "empty name"
	}
	if !strings.Contains(s, "*") {
		if !token.IsIdentifier(s) {
			return fmt.Sprintf("%q is not a Go identifier", s)
		}
		return ""
	}
	for _, r := range s {
		if r != '*' && r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return fmt.Sprintf("%q is not a Go identifier or '*' pattern", s)
		}
	}
	return ""
}

func isASCIIAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}
