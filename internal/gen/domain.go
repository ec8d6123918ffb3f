package gen

import (
	"fmt"
	"strings"
)

// The templates of a domain's four packages. Each template writes real,
// varied code: which guard a handler uses, which fields it touches and
// whether it leaks are drawn from the generator's random source.

func (g *generator) writeDomain(d *domain) error {
	for _, w := range []func(*domain) error{g.writeModel, g.writeStore, g.writeInteg, g.writeService} {
		if err := w(d); err != nil {
			return err
		}
	}
	g.st.Packages += 4
	return nil
}

func (g *generator) pkgPath(d *domain, sub string) string {
	return g.opts.Module + "/" + d.name + "/" + sub
}

// show returns an expression of type string for field f of x.
func show(fw *fileWriter, x string, f field) string {
	switch f.typ {
	case "time.Time":
		return fmt.Sprintf("%s.%s.Format(%s.DateOnly)", x, f.name, fw.use("time"))
	case "[]string":
		return fmt.Sprintf("%s.Join(%s.%s, \";\")", fw.use("strings"), x, f.name)
	case "int":
		return fmt.Sprintf("%s.Itoa(%s.%s)", fw.use("strconv"), x, f.name)
	case "bool":
		return fmt.Sprintf("%s.FormatBool(%s.%s)", fw.use("strconv"), x, f.name)
	}
	return x + "." + f.name
}

// zeroTest returns a condition true when field f of x is unset.
func zeroTest(fw *fileWriter, x string, f field) string {
	switch f.typ {
	case "time.Time":
		return fmt.Sprintf("%s.%s.IsZero()", x, f.name)
	case "[]string":
		return fmt.Sprintf("len(%s.%s) == 0", x, f.name)
	case "int":
		return fmt.Sprintf("%s.%s == 0", x, f.name)
	case "bool":
		return fmt.Sprintf("!%s.%s", x, f.name)
	}
	return fmt.Sprintf("%s.TrimSpace(%s.%s) == \"\"", fw.use("strings"), x, f.name)
}

func (g *generator) writeModel(d *domain) error {
	fw := newFile("model")
	errors := fw.use("errors")
	fmtp := fw.use("fmt")
	fw.p("// ErrInvalid means a record failed validation.")
	fw.p("var ErrInvalid = %s.New(\"%s: invalid record\")\n", errors, d.name)
	for _, e := range d.entities {
		fw.p("// %s is one %s record of the %s service.", e.name, strings.ToLower(e.name), d.name)
		fw.p("type %s struct {", e.name)
		for _, f := range e.fields {
			typ := f.typ
			if typ == "time.Time" {
				typ = fw.use("time") + ".Time"
			}
			tag := fmt.Sprintf("json:%q", f.json)
			if f.class != "" {
				tag += fmt.Sprintf(" phi:%q", f.class)
			}
			fw.p("\t%s %s `%s`", f.name, typ, tag)
		}
		fw.p("}\n")

		// Validate.
		fw.p("// Validate checks that the record is complete and consistent.")
		fw.p("func (x *%s) Validate() error {", e.name)
		fw.p("\tif x.ID == \"\" {\n\t\treturn %s.Errorf(\"%%w: %s without an ID\", ErrInvalid)\n\t}", fmtp, e.name)
		for _, f := range e.fields[1:] {
			if f.class == "" && f.typ != "int" || g.chance(0.4) {
				continue
			}
			switch f.typ {
			case "int":
				fw.p("\tif x.%s < 0 {\n\t\treturn %s.Errorf(\"%%w: %s %%s: negative %s\", ErrInvalid, x.ID)\n\t}", f.name, fmtp, e.name, f.json)
			case "time.Time":
				fw.p("\tif x.%s.After(%s.Now()) {\n\t\treturn %s.Errorf(\"%%w: %s %%s: %s in the future\", ErrInvalid, x.ID)\n\t}", f.name, fw.use("time"), fmtp, e.name, f.json)
			default:
				fw.p("\tif %s {\n\t\treturn %s.Errorf(\"%%w: %s %%s: missing %s\", ErrInvalid, x.ID)\n\t}", zeroTest(fw, "x", f), fmtp, e.name, f.json)
			}
		}
		fw.p("\treturn nil\n}\n")

		// Ref: the non-identifying view.
		fw.p("// %sRef refers to a %s without identifying anyone.", e.name, strings.ToLower(e.name))
		fw.p("type %sRef struct {\n\tID string `json:\"id\"`\n\tKind string `json:\"kind\"`\n\tStatus string `json:\"status,omitempty\"`\n}\n", e.name)
		fw.p("// Ref returns the record's reference.")
		fw.p("func (x *%s) Ref() %sRef {", e.name, e.name)
		if e.has("Status") {
			fw.p("\treturn %sRef{ID: x.ID, Kind: %q, Status: x.Status}", e.name, e.name)
		} else {
			fw.p("\treturn %sRef{ID: x.ID, Kind: %q}", e.name, e.name)
		}
		fw.p("}\n")

		// Clone and Merge.
		fw.p("// Clone returns a deep copy of the record.")
		fw.p("func (x *%s) Clone() *%s {\n\tc := *x", e.name, e.name)
		for _, f := range e.fields {
			if f.typ == "[]string" {
				fw.p("\tc.%s = append([]string(nil), x.%s...)", f.name, f.name)
			}
		}
		fw.p("\treturn &c\n}\n")
		fw.p("// Merge applies the set fields of upd and returns the names of the fields it changed.")
		fw.p("func (x *%s) Merge(upd *%s) []string {\n\tvar changed []string", e.name, e.name)
		for _, f := range e.fields[1:] {
			switch f.typ {
			case "[]string":
				fw.p("\tif len(upd.%s) > 0 {\n\t\tx.%s = append([]string(nil), upd.%s...)\n\t\tchanged = append(changed, %q)\n\t}", f.name, f.name, f.name, f.json)
			case "time.Time":
				fw.p("\tif !upd.%s.IsZero() && !upd.%s.Equal(x.%s) {\n\t\tx.%s = upd.%s\n\t\tchanged = append(changed, %q)\n\t}", f.name, f.name, f.name, f.name, f.name, f.json)
			case "bool":
				fw.p("\tif upd.%s != x.%s {\n\t\tx.%s = upd.%s\n\t\tchanged = append(changed, %q)\n\t}", f.name, f.name, f.name, f.name, f.json)
			case "int":
				fw.p("\tif upd.%s != 0 && upd.%s != x.%s {\n\t\tx.%s = upd.%s\n\t\tchanged = append(changed, %q)\n\t}", f.name, f.name, f.name, f.name, f.name, f.json)
			default:
				fw.p("\tif upd.%s != \"\" && upd.%s != x.%s {\n\t\tx.%s = upd.%s\n\t\tchanged = append(changed, %q)\n\t}", f.name, f.name, f.name, f.name, f.name, f.json)
			}
		}
		fw.p("\treturn changed\n}\n")
		if e.masked {
			fw.p("// String prints the record's reference only, so a record printed by mistake shows nothing identifiable.")
			fw.p("func (x %s) String() string { return %q + x.ID }\n", e.name, e.name+":")
		}
		if e.has("BirthDate") {
			fw.p("// AgeAt returns the age in whole years at t.")
			fw.p("func (x *%s) AgeAt(t %s.Time) int {", e.name, fw.use("time"))
			fw.p("\tif x.BirthDate.IsZero() || t.Before(x.BirthDate) {\n\t\treturn -1\n\t}")
			fw.p("\tage := t.Year() - x.BirthDate.Year()\n\tif t.YearDay() < x.BirthDate.YearDay() {\n\t\tage--\n\t}\n\treturn age\n}\n")
		}
		g.st.Funcs += 4
	}
	return g.writeFile(d.name+"/model/model.go", fw, fmt.Sprintf("// Package model holds the %s service's records.\n", d.name))
}

func (g *generator) writeStore(d *domain) error {
	fw := newFile("store")
	errors, fmtp, sync, model := fw.use("errors"), fw.use("fmt"), fw.use("sync"), fw.use(g.pkgPath(d, "model"))
	sortp := fw.use("sort")
	fw.p("// ErrNotFound means no record has the ID.")
	fw.p("var ErrNotFound = %s.New(\"%s: not found\")\n", errors, d.name)
	fw.p("// Store keeps the service's records in memory.")
	fw.p("type Store struct {\n\tmu %s.RWMutex", sync)
	for _, e := range d.entities {
		fw.p("\t%ss map[string]*%s.%s", e.lower, model, e.name)
	}
	fw.p("}\n")
	fw.p("// New returns an empty Store.\nfunc New() *Store {\n\treturn &Store{")
	for _, e := range d.entities {
		fw.p("\t\t%ss: map[string]*%s.%s{},", e.lower, model, e.name)
	}
	fw.p("\t}\n}\n")
	for _, e := range d.entities {
		T := model + "." + e.name
		fw.p("// Get%s returns the %s with the ID.", e.name, strings.ToLower(e.name))
		fw.p("func (s *Store) Get%s(id string) (*%s, error) {", e.name, T)
		fw.p("\ts.mu.RLock()\n\tdefer s.mu.RUnlock()\n\tx, ok := s.%ss[id]\n\tif !ok {\n\t\treturn nil, %s.Errorf(\"%%w: %s %%s\", ErrNotFound, id)\n\t}\n\treturn x.Clone(), nil\n}\n", e.lower, fmtp, e.name)

		fw.p("// Put%s validates and stores the record, replacing any with its ID.", e.name)
		fw.p("func (s *Store) Put%s(x *%s) error {", e.name, T)
		fw.p("\tif err := x.Validate(); err != nil {\n\t\treturn err\n\t}\n\ts.mu.Lock()\n\tdefer s.mu.Unlock()")
		if e.has("Version") {
			fw.p("\tif old, ok := s.%ss[x.ID]; ok && old.Version > x.Version {\n\t\treturn %s.Errorf(\"%s %%s: stale version %%d < %%d\", x.ID, x.Version, old.Version)\n\t}", e.lower, fmtp, e.name)
		}
		if g.chance(0.12) {
			df := e.firstOf("direct")
			fw.p("\tif _, ok := s.%ss[x.ID]; ok {\n\t\t%s.Printf(\"store: replacing %s %%s (%%v)\", x.ID, x.%s)%s\n\t}", e.lower, fw.use("log"), strings.ToLower(e.name), df.name, g.leak("PHI1001"))
		}
		fw.p("\ts.%ss[x.ID] = x.Clone()\n\treturn nil\n}\n", e.lower)

		fw.p("// List%s returns up to limit records from offset, by ID.", e.name)
		fw.p("func (s *Store) List%s(offset, limit int) []*%s {", e.name, T)
		fw.p("\ts.mu.RLock()\n\tdefer s.mu.RUnlock()\n\tids := make([]string, 0, len(s.%ss))\n\tfor id := range s.%ss {\n\t\tids = append(ids, id)\n\t}\n\t%s.Strings(ids)", e.lower, e.lower, sortp)
		fw.p("\tif offset > len(ids) {\n\t\toffset = len(ids)\n\t}\n\tids = ids[offset:]\n\tif limit > 0 && limit < len(ids) {\n\t\tids = ids[:limit]\n\t}")
		fw.p("\tout := make([]*%s, 0, len(ids))\n\tfor _, id := range ids {\n\t\tout = append(out, s.%ss[id].Clone())\n\t}\n\treturn out\n}\n", T, e.lower)

		if sf, ok := e.firstString("direct"); ok {
			fw.p("// Find%sBy%s returns the records whose %s is v.", e.name, sf.name, sf.json)
			fw.p("func (s *Store) Find%sBy%s(v string) []*%s {", e.name, sf.name, T)
			fw.p("\ts.mu.RLock()\n\tdefer s.mu.RUnlock()\n\tvar out []*%s\n\tfor _, x := range s.%ss {\n\t\tif %s.EqualFold(x.%s, v) {\n\t\t\tout = append(out, x.Clone())\n\t\t}\n\t}", T, e.lower, fw.use("strings"), sf.name)
			fw.p("\t%s.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })\n\treturn out\n}\n", sortp)
			g.st.Funcs++
		}

		fw.p("// Delete%s removes the record and reports whether it was there.", e.name)
		fw.p("func (s *Store) Delete%s(id string) bool {\n\ts.mu.Lock()\n\tdefer s.mu.Unlock()\n\t_, ok := s.%ss[id]\n\tdelete(s.%ss, id)\n\treturn ok\n}\n", e.name, e.lower, e.lower)

		fw.p("// Count%s counts the records for which keep returns true.", e.name)
		fw.p("func (s *Store) Count%s(keep func(*%s) bool) int {\n\ts.mu.RLock()\n\tdefer s.mu.RUnlock()\n\tn := 0\n\tfor _, x := range s.%ss {\n\t\tif keep == nil || keep(x) {\n\t\t\tn++\n\t\t}\n\t}\n\treturn n\n}\n", e.name, T, e.lower)
		g.st.Funcs += 5
	}
	return g.writeFile(d.name+"/store/store.go", fw, fmt.Sprintf("// Package store keeps the %s service's records.\n", d.name))
}

func (g *generator) writeInteg(d *domain) error {
	// client.go
	fw := newFile("integ")
	ctxp, fmtp, http, model := fw.use("context"), fw.use("fmt"), fw.use("net/http"), fw.use(g.pkgPath(d, "model"))
	fw.p("// Client talks to the %s partner service.", d.name)
	fw.p("type Client struct {\n\tBase string\n\tHC *%s.Client\n}\n", http)
	fw.p("// NewClient returns a Client for the service at base.")
	fw.p("func NewClient(base string) *Client {\n\treturn &Client{Base: base, HC: &%s.Client{Timeout: 10 * %s.Second}}\n}\n", http, fw.use("time"))
	fw.p("// do sends req and checks the status.")
	fw.p("func (c *Client) do(req *%s.Request, what string) error {", http)
	fw.p("\tresp, err := c.HC.Do(req)\n\tif err != nil {\n\t\treturn %s.Errorf(\"%%s: %%w\", what, err)\n\t}\n\tdefer resp.Body.Close()", fmtp)
	fw.p("\tif resp.StatusCode >= 300 {\n\t\treturn %s.Errorf(\"%%s: status %%d\", what, resp.StatusCode)\n\t}\n\treturn nil\n}\n", fmtp)
	for _, e := range d.entities {
		T := model + "." + e.name
		fw.p("// Send%s posts the record to the partner service. Callers check that the", e.name)
		fw.p("// disclosure is permitted first.\n//\n//phi:requires check")
		fw.p("func (c *Client) Send%s(ctx %s.Context, x *%s) error {", e.name, ctxp, T)
		fw.p("\tbody, err := %s.Marshal(x)\n\tif err != nil {\n\t\treturn %s.Errorf(\"encode %s %%s: %%w\", x.ID, err)\n\t}", fw.use("encoding/json"), fmtp, e.name)
		fw.p("\treq, err := %s.NewRequestWithContext(ctx, %s.MethodPost, c.Base+%q, %s.NewReader(body))\n\tif err != nil {\n\t\treturn err\n\t}", http, http, "/"+e.route, fw.use("bytes"))
		fw.p("\treq.Header.Set(\"Content-Type\", \"application/json\")\n\treturn c.do(req, \"send %s \"+x.ID)\n}\n", e.name)

		fw.p("// Search%s asks the partner service for records matching key.", e.name)
		fw.p("func (c *Client) Search%s(ctx %s.Context, key string) error {", e.name, ctxp)
		fw.p("\tu := c.Base + %q + %s.QueryEscape(key)", "/"+e.route+"?q=", fw.use("net/url"))
		fw.p("\treq, err := %s.NewRequestWithContext(ctx, %s.MethodGet, u, nil)\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn c.do(req, \"search %s\")\n}\n", http, http, e.route)
		g.st.Funcs += 2
	}
	fw.p("// Forward notes an event about a subject in the partner's log.")
	fw.p("func Forward(ctx %s.Context, subject, detail string) {", ctxp)
	fw.p("\t%s.InfoContext(ctx, \"forwarded to %s\", \"subject\", subject, \"detail\", detail)\n}\n", fw.use("log/slog"), d.name)
	g.st.Funcs += 3
	if err := g.writeFile(d.name+"/integ/client.go", fw, fmt.Sprintf("// Package integ connects the %s service to its partners: an HTTP client\n// and file exports.\n", d.name)); err != nil {
		return err
	}

	// export.go
	fw = newFile("integ")
	ctxp, fmtp, model = fw.use("context"), fw.use("fmt"), fw.use(g.pkgPath(d, "model"))
	guard := fw.use(g.opts.Module + "/guard")
	for _, e := range d.entities {
		T := model + "." + e.name
		df := e.firstOf("direct")
		fw.p("// Export%s writes the records the actor may share for research to a CSV file,", e.name)
		fw.p("// pseudonymised, and records the extract. It returns the number written.")
		fw.p("func Export%s(ctx %s.Context, path, actor string, xs []*%s, rec *%s.Recorder) (int, error) {", e.name, ctxp, T, guard)
		fw.p("\tf, err := %s.Create(path)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tdefer f.Close()\n\tw := %s.NewWriter(f)", fw.use("os"), fw.use("encoding/csv"))
		fw.p("\tif err := w.Write([]string{\"id\", \"pseudonym\", \"kind\"}); err != nil {\n\t\treturn 0, err\n\t}\n\tn := 0\n\tfor _, x := range xs {")
		fw.p("\t\tif !%s.Allowed(ctx, actor, x.ID, %s.Research) {\n\t\t\tcontinue\n\t\t}", guard, guard)
		var row []string
		row = append(row, "x.ID", fmt.Sprintf("%s.Pseudonym(%s, %q)", guard, show(fw, "x", df), d.name))
		row = append(row, fmt.Sprintf("%q", e.name))
		fw.p("\t\tif err := w.Write([]string{%s}); err != nil {\n\t\t\treturn n, %s.Errorf(\"export %s: %%w\", err)\n\t\t}\n\t\tn++\n\t}", strings.Join(row, ", "), fmtp, e.route)
		fw.p("\tw.Flush()\n\tif err := w.Error(); err != nil {\n\t\treturn n, err\n\t}\n\trec.Extract(actor, path, n)\n\treturn n, nil\n}\n")

		cf := e.firstOf("clinical")
		fw.p("// Handover%s writes the full records for the receiving clinical team; each", e.name)
		fw.p("// record is checked and its disclosure recorded.")
		fw.p("func Handover%s(ctx %s.Context, path, actor string, xs []*%s, rec *%s.Recorder) error {", e.name, ctxp, T, guard)
		fw.p("\tf, err := %s.Create(path)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer f.Close()\n\tenc := %s.NewEncoder(f)\n\tfor _, x := range xs {", fw.use("os"), fw.use("encoding/json"))
		if g.chance(0.1) {
			fw.p("\t\tif err := enc.Encode(x); err != nil {%s\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}\n", g.leak("PHI1002"))
		} else {
			g.guarded()
			fw.p("\t\tif err := %s.Verify(ctx, actor, x.ID); err != nil {\n\t\t\tcontinue\n\t\t}\n\t\trec.Disclosed(actor, x.ID, \"handover\")", guard)
			fw.p("\t\tif err := enc.Encode(map[string]string{\"id\": x.ID, %q: %s}); err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}\n", cf.json, show(fw, "x", cf))
		}
		g.st.Funcs += 2
	}
	return g.writeFile(d.name+"/integ/export.go", fw, "")
}
