package gen

import (
	"fmt"
	"strings"
)

// The service package: routing and shared helpers in handler.go, one file
// of handlers and business rules per record type.

func (g *generator) writeService(d *domain) error {
	fw := newFile("service")
	http := fw.use("net/http")
	st, integ, guard, obs := fw.use(g.pkgPath(d, "store")), fw.use(g.pkgPath(d, "integ")), fw.use(g.opts.Module+"/guard"), fw.use(g.opts.Module+"/obs")
	fw.p("// Handler serves the %s API.", d.name)
	fw.p("type Handler struct {\n\tStore *%s.Store\n\tAudit *%s.Recorder\n\tClient *%s.Client\n\tLog *%s.Logger\n\tExportDir string\n\tmux *%s.ServeMux\n}\n", st, guard, integ, obs, http)
	fw.p("// New returns the API handler.")
	fw.p("func New(s *%s.Store, audit *%s.Recorder, client *%s.Client, exportDir string) *Handler {", st, guard, integ)
	fw.p("\th := &Handler{Store: s, Audit: audit, Client: client, Log: %s.New(%q), ExportDir: exportDir, mux: %s.NewServeMux()}", obs, d.name, http)
	for _, e := range d.entities {
		for _, r := range []struct{ method, path, fn string }{
			{"GET", "/" + e.route, "list"}, {"POST", "/" + e.route, "create"}, {"GET", "/" + e.route + "/{id}", "get"},
			{"PUT", "/" + e.route + "/{id}", "update"}, {"POST", "/" + e.route + "/{id}/send", "send"},
			{"POST", "/" + e.route + "/export", "export"}, {"GET", "/" + e.route + "/stats", "stats"},
			{"POST", "/" + e.route + "/{id}/forward", "forward"}, {"POST", "/" + e.route + "/{id}/handover", "handover"},
		} {
			fw.p("\th.mux.HandleFunc(%q, h.%s%s)", r.method+" /"+d.name+r.path, r.fn, e.name)
		}
	}
	fw.p("\treturn h\n}\n")
	fw.p("func (h *Handler) ServeHTTP(w %s.ResponseWriter, r *%s.Request) { h.mux.ServeHTTP(w, r) }\n", http, http)
	fw.p("// actor is the authenticated user, set by the gateway in front.")
	fw.p("func actor(r *%s.Request) string { return r.Header.Get(\"X-Actor\") }\n", http)
	fw.p("// writeJSON writes v as the response.")
	fw.p("func writeJSON(w %s.ResponseWriter, status int, v any) {\n\tw.Header().Set(\"Content-Type\", \"application/json\")\n\tw.WriteHeader(status)\n\t_ = %s.NewEncoder(w).Encode(v)\n}\n", http, fw.use("encoding/json"))
	strconv := fw.use("strconv")
	fw.p("// pageParams reads the offset and limit query parameters.")
	fw.p("func pageParams(r *%s.Request) (offset, limit int, err error) {", http)
	fw.p("\tq := r.URL.Query()\n\tlimit = 50\n\tif v := q.Get(\"offset\"); v != \"\" {\n\t\tif offset, err = %s.Atoi(v); err != nil || offset < 0 {\n\t\t\treturn 0, 0, %s.Errorf(\"bad offset %%q\", v)\n\t\t}\n\t}", strconv, fw.use("fmt"))
	fw.p("\tif v := q.Get(\"limit\"); v != \"\" {\n\t\tif limit, err = %s.Atoi(v); err != nil || limit <= 0 || limit > 500 {\n\t\t\treturn 0, 0, %s.Errorf(\"bad limit %%q\", v)\n\t\t}\n\t}\n\treturn offset, limit, nil\n}\n", strconv, fw.use("fmt"))
	g.st.Funcs += 5
	if err := g.writeFile(d.name+"/service/handler.go", fw, fmt.Sprintf("// Package service serves the %s API.\n", d.name)); err != nil {
		return err
	}
	for _, e := range d.entities {
		if err := g.writeHandlers(d, e); err != nil {
			return err
		}
	}
	return nil
}

// checkGuard writes a disclosure check on x, by one of the two forms, and
// its failure branch.
func (g *generator) checkGuard(fw *fileWriter, x, purpose string) {
	guard, http := fw.use(g.opts.Module+"/guard"), fw.use("net/http")
	if g.chance(0.5) {
		fw.p("\tif !%s.Allowed(r.Context(), actor(r), %s.ID, %s.%s) {\n\t\t%s.Error(w, \"not permitted\", %s.StatusForbidden)\n\t\treturn\n\t}", guard, x, guard, purpose, http, http)
	} else {
		fw.p("\tif err := %s.Verify(r.Context(), actor(r), %s.ID); err != nil {\n\t\t%s.Error(w, \"no care relationship\", %s.StatusForbidden)\n\t\treturn\n\t}", guard, x, http, http)
	}
}

func (g *generator) writeHandlers(d *domain, e *entity) error {
	fw := newFile("service")
	http, guard, model := fw.use("net/http"), fw.use(g.opts.Module+"/guard"), fw.use(g.pkgPath(d, "model"))
	T := model + "." + e.name
	df := e.firstOf("direct")
	inf := e.firstOf("indirect")
	cf := e.firstOf("clinical")
	get := func(x string) {
		fw.p("\t%s, err := h.Store.Get%s(r.PathValue(\"id\"))\n\tif err != nil {\n\t\t%s.Error(w, err.Error(), %s.StatusNotFound)\n\t\treturn\n\t}", x, e.name, http, http)
	}

	// logAccess: an unexported helper, judged at each of its calls; the
	// get handler calls it unless it is the variant that leaks its response.
	leakResponse := g.chance(0.06)
	if !leakResponse {
		fw.p("// logAccess%s notes who opened which record.", e.name)
		fw.p("func (h *Handler) logAccess%s(r *%s.Request, x *%s) {", e.name, http, T)
		fw.p("\th.Log.Info(r.Context(), \"record opened\", \"actor\", actor(r), \"id\", x.ID, %q, %s)\n}\n", df.json, show(fw, "x", df))
	}

	// get
	fw.p("// get%s returns a record to a member of the care team.", e.name)
	fw.p("func (h *Handler) get%s(w %s.ResponseWriter, r *%s.Request) {", e.name, http, http)
	get("x")
	switch {
	case leakResponse:
		fw.p("\twriteJSON(w, %s.StatusOK, x)%s", http, g.leak("PHI1003"))
	case g.chance(0.05):
		fw.p("\th.logAccess%s(r, x)%s", e.name, g.leak("PHI1001"))
		g.checkGuard(fw, "x", "DirectCare")
		fw.p("\twriteJSON(w, %s.StatusOK, x)", http)
		g.guarded()
	default:
		g.checkGuard(fw, "x", "DirectCare")
		fw.p("\tdefer h.Audit.Disclosed(actor(r), x.ID, string(%s.DirectCare))", guard)
		fw.p("\th.logAccess%s(r, x)\n\twriteJSON(w, %s.StatusOK, x)", e.name, http)
		g.guarded()
		g.guarded()
	}
	fw.p("}\n")

	// list
	fw.p("// list%s lists records by reference and initials.", e.name)
	fw.p("func (h *Handler) list%s(w %s.ResponseWriter, r *%s.Request) {", e.name, http, http)
	fw.p("\toffset, limit, err := pageParams(r)\n\tif err != nil {\n\t\t%s.Error(w, err.Error(), %s.StatusBadRequest)\n\t\treturn\n\t}", http, http)
	fw.p("\ttype row struct {\n\t\tRef %sRef `json:\"ref\"`\n\t\tLabel string `json:\"label\"`\n\t}", T)
	fw.p("\tvar rows []row\n\tfor _, x := range h.Store.List%s(offset, limit) {", e.name)
	label := fmt.Sprintf("%s.Initials(%s)", guard, show(fw, "x", df))
	if g.chance(0.5) {
		label = fmt.Sprintf("%s.Mask(%s)", guard, show(fw, "x", df))
	}
	fw.p("\t\trows = append(rows, row{Ref: x.Ref(), Label: %s})\n\t}", label)
	fw.p("\th.Log.Count(r.Context(), %q, len(rows))\n\twriteJSON(w, %s.StatusOK, rows)\n}\n", e.route+".listed", http)

	// create
	fw.p("// create%s registers the record in the request body.", e.name)
	fw.p("func (h *Handler) create%s(w %s.ResponseWriter, r *%s.Request) {", e.name, http, http)
	fw.p("\tvar x %s\n\tif err := %s.NewDecoder(r.Body).Decode(&x); err != nil {\n\t\t%s.Error(w, \"malformed record\", %s.StatusBadRequest)\n\t\treturn\n\t}", T, fw.use("encoding/json"), http, http)
	if e.has("CreatedAt") {
		fw.p("\tx.CreatedAt = %s.Now()", fw.use("time"))
	}
	fw.p("\tif err := h.Store.Put%s(&x); err != nil {\n\t\t%s.Error(w, err.Error(), %s.StatusBadRequest)\n\t\treturn\n\t}", e.name, http, http)
	if g.chance(0.08) {
		fw.p("\th.Log.Info(r.Context(), \"created\", \"id\", x.ID, %q, %s)%s", df.json, show(fw, "x", df), g.leak("PHI1001"))
	} else {
		fw.p("\th.Log.Info(r.Context(), \"created\", \"id\", x.ID, \"label\", %s.Initials(%s))", guard, show(fw, "x", df))
	}
	fw.p("\tw.Header().Set(\"Location\", %q+x.ID)\n\twriteJSON(w, %s.StatusCreated, x.Ref())\n}\n", "/"+d.name+"/"+e.route+"/", http)

	// update
	fw.p("// update%s applies the changes in the request body.", e.name)
	fw.p("func (h *Handler) update%s(w %s.ResponseWriter, r *%s.Request) {", e.name, http, http)
	get("old")
	fw.p("\tvar upd %s\n\tif err := %s.NewDecoder(r.Body).Decode(&upd); err != nil {\n\t\t%s.Error(w, \"malformed record\", %s.StatusBadRequest)\n\t\treturn\n\t}", T, fw.use("encoding/json"), http, http)
	if g.chance(0.05) {
		fw.p("\t%s.Verify(r.Context(), actor(r), old.ID)%s", guard, g.leak("PHI2001"))
	} else {
		g.checkGuard(fw, "old", "DirectCare")
		g.guarded()
	}
	fw.p("\tchanged := old.Merge(&upd)\n\tif len(changed) == 0 {\n\t\twriteJSON(w, %s.StatusOK, old.Ref())\n\t\treturn\n\t}", http)
	if e.has("Version") {
		fw.p("\told.Version++")
	}
	fw.p("\tif err := h.Store.Put%s(old); err != nil {\n\t\t%s.Error(w, err.Error(), %s.StatusConflict)\n\t\treturn\n\t}", e.name, http, http)
	fw.p("\th.Log.Info(r.Context(), \"updated\", \"id\", old.ID, \"fields\", %s.Join(changed, \",\"))", fw.use("strings"))
	fw.p("\twriteJSON(w, %s.StatusOK, old.Ref())\n}\n", http)

	// send: a requires-check call.
	fw.p("// send%s sends the record to the partner service for a referral.", e.name)
	fw.p("func (h *Handler) send%s(w %s.ResponseWriter, r *%s.Request) {", e.name, http, http)
	get("x")
	if g.chance(0.06) {
		fw.p("\tif err := h.Client.Send%s(r.Context(), x); err != nil {%s\n\t\t%s.Error(w, \"partner unavailable\", %s.StatusBadGateway)\n\t\treturn\n\t}", e.name, g.leak("PHI2003"), http, http)
	} else {
		g.guarded()
		fw.p("\tif !%s.Allowed(r.Context(), actor(r), x.ID, %s.Referral) {\n\t\t%s.Error(w, \"referral not permitted\", %s.StatusForbidden)\n\t\treturn\n\t}", guard, guard, http, http)
		fw.p("\tif err := h.Client.Send%s(r.Context(), x); err != nil {\n\t\t%s.Error(w, \"partner unavailable\", %s.StatusBadGateway)\n\t\treturn\n\t}", e.name, http, http)
		fw.p("\th.Audit.Disclosed(actor(r), x.ID, string(%s.Referral))", guard)
	}
	if sf, ok := e.firstString("direct"); ok && g.chance(0.5) {
		if g.chance(0.1) {
			fw.p("\t_ = h.Client.Search%s(r.Context(), x.%s)%s", e.name, sf.name, g.leak("PHI1004"))
		} else {
			fw.p("\t_ = h.Client.Search%s(r.Context(), %s.Pseudonym(x.%s, %q))", e.name, guard, sf.name, d.name)
		}
	}
	fw.p("\tw.WriteHeader(%s.StatusAccepted)\n}\n", http)

	// export
	fw.p("// export%s writes a pseudonymised research extract.", e.name)
	fw.p("func (h *Handler) export%s(w %s.ResponseWriter, r *%s.Request) {", e.name, http, http)
	fw.p("\tpath := %s.Join(h.ExportDir, %q+%s.Now().Format(\"20060102T150405\")+\".csv\")", fw.use("path/filepath"), e.route+"-", fw.use("time"))
	fw.p("\tn, err := %s.Export%s(r.Context(), path, actor(r), h.Store.List%s(0, 0), h.Audit)", fw.use(g.pkgPath(d, "integ")), e.name, e.name)
	fw.p("\tif err != nil {\n\t\th.Log.Warn(r.Context(), \"export failed\", \"error\", err)\n\t\t%s.Error(w, \"export failed\", %s.StatusInternalServerError)\n\t\treturn\n\t}", http, http)
	fw.p("\twriteJSON(w, %s.StatusOK, map[string]any{\"path\": path, \"records\": n})\n}\n", http)

	// handover
	fw.p("// handover%s writes the records of a ward for the receiving team.", e.name)
	fw.p("func (h *Handler) handover%s(w %s.ResponseWriter, r *%s.Request) {", e.name, http, http)
	fw.p("\tpath := %s.Join(h.ExportDir, \"handover-\"+r.PathValue(\"id\")+\".json\")", fw.use("path/filepath"))
	fw.p("\tif err := %s.Handover%s(r.Context(), path, actor(r), h.Store.List%s(0, 200), h.Audit); err != nil {", fw.use(g.pkgPath(d, "integ")), e.name, e.name)
	fw.p("\t\t%s.Error(w, \"handover failed\", %s.StatusInternalServerError)\n\t\treturn\n\t}\n\tw.WriteHeader(%s.StatusNoContent)\n}\n", http, http, http)

	// stats: business rules over many records.
	g.writeStats(fw, d, e)

	// forward: calls into other domains' packages.
	fw.p("// forward%s tells the partner services about the record.", e.name)
	fw.p("func (h *Handler) forward%s(w %s.ResponseWriter, r *%s.Request) {", e.name, http, http)
	get("x")
	fw.p("\tctx := r.Context()")
	own := fw.use(g.pkgPath(d, "integ"))
	targets := []string{own}
	for _, dep := range d.deps {
		targets = append(targets, fw.useAs(g.pkgPath(dep, "integ"), dep.name+"integ"))
	}
	for _, t := range targets {
		switch {
		case g.chance(0.08):
			fw.p("\t%s.Forward(ctx, x.ID, %s)%s", t, show(fw, "x", cf), g.leak("PHI1001"))
		case g.chance(0.5):
			fw.p("\t%s.Forward(ctx, x.ID, %s.Initials(%s))", t, guard, show(fw, "x", df))
		default:
			g.guarded()
			fw.p("\tif %s.Allowed(ctx, actor(r), x.ID, %s.DirectCare) {\n\t\t%s.Forward(ctx, x.ID, %s)\n\t}", guard, guard, t, show(fw, "x", inf))
		}
	}
	fw.p("\tw.WriteHeader(%s.StatusAccepted)\n}\n", http)

	// risk: a pure business rule, no sinks.
	g.writeRisk(fw, d, e)
	g.st.Funcs += 11
	return g.writeFile(d.name+"/service/"+strings.ToLower(e.name)+".go", fw, "")
}

// writeStats writes a handler computing aggregate statistics: loops,
// maps and arithmetic over identifiable fields, nothing identifiable out.
func (g *generator) writeStats(fw *fileWriter, d *domain, e *entity) {
	http := fw.use("net/http")
	fw.p("// stats%s returns aggregate counts; nothing in them identifies anyone.", e.name)
	fw.p("func (h *Handler) stats%s(w %s.ResponseWriter, r *%s.Request) {", e.name, http, http)
	fw.p("\tall := h.Store.List%s(0, 0)\n\tby := map[string]int{}\n\tvar scores []int", e.name)
	fw.p("\tnow := %s.Now()\n\tfor _, x := range all {\n\t\tscores = append(scores, risk%s(x, now))", fw.use("time"), e.name)
	for _, f := range e.fields[1:] {
		switch {
		case f.typ == "bool":
			fw.p("\t\tif x.%s {\n\t\t\tby[%q]++\n\t\t}", f.name, f.json)
		case f.name == "Status" || f.name == "Ward" || f.name == "Site":
			fw.p("\t\tby[%q+x.%s]++", f.json+":", f.name)
		case f.name == "BirthDate":
			fw.p("\t\tif age := x.AgeAt(now); age >= 0 {\n\t\t\tby[\"age:\"+%s.Itoa(age/10*10)]++\n\t\t}", fw.use("strconv"))
		case f.typ == "[]string":
			fw.p("\t\tby[%q] += len(x.%s)", f.json+":count", f.name)
		}
	}
	fw.p("\t}\n\t%s.Ints(scores)\n\tmedian := 0\n\tif len(scores) > 0 {\n\t\tmedian = scores[len(scores)/2]\n\t}", fw.use("sort"))
	fw.p("\twriteJSON(w, %s.StatusOK, map[string]any{\"count\": len(all), \"by\": by, \"median_risk\": median})\n}\n", http)
}

// writeRisk writes a scoring rule of the kind clinical services are full of.
func (g *generator) writeRisk(fw *fileWriter, d *domain, e *entity) {
	T := fw.use(g.pkgPath(d, "model")) + "." + e.name
	fw.p("// risk%s scores the record for triage: higher is more urgent.", e.name)
	fw.p("func risk%s(x *%s, now %s.Time) int {\n\tscore := 0", e.name, T, fw.use("time"))
	for _, f := range e.fields[1:] {
		switch {
		case f.name == "Priority":
			fw.p("\tswitch {\n\tcase x.Priority >= 3:\n\t\tscore += 30\n\tcase x.Priority == 2:\n\t\tscore += 15\n\tcase x.Priority == 1:\n\t\tscore += 5\n\t}")
		case f.name == "Status":
			fw.p("\tswitch %s.ToLower(x.Status) {\n\tcase \"critical\", \"deteriorating\":\n\t\tscore += 40\n\tcase \"unstable\":\n\t\tscore += 20\n\tcase \"stable\":\n\t\tscore += 2\n\tdefault:\n\t\tscore++\n\t}", fw.use("strings"))
		case f.name == "BirthDate":
			fw.p("\tif age := x.AgeAt(now); age >= 80 {\n\t\tscore += 20\n\t} else if age >= 65 {\n\t\tscore += 10\n\t} else if age >= 0 && age < 2 {\n\t\tscore += 15\n\t}")
		case f.typ == "[]string":
			fw.p("\tfor _, v := range x.%s {\n\t\tif %s.Contains(%s.ToLower(v), \"sepsis\") || %s.HasPrefix(v, \"A41\") {\n\t\t\tscore += 25\n\t\t}\n\t\tscore++\n\t}", f.name, fw.use("strings"), fw.use("strings"), fw.use("strings"))
		case f.name == "AdmittedAt" || f.name == "CreatedAt":
			fw.p("\tif d := now.Sub(x.%s); d > 72*%s.Hour {\n\t\tscore += int(d.Hours() / 24)\n\t}", f.name, fw.use("time"))
		case f.name == "Active":
			fw.p("\tif !x.Active {\n\t\treturn 0\n\t}")
		}
	}
	fw.p("\tif score > 100 {\n\t\tscore = 100\n\t}\n\treturn score\n}\n")
}
