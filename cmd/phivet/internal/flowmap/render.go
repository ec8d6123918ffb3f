package flowmap

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
)

// JSON writes the map as indented JSON (schema: docs/map.md).
func JSON(w io.Writer, m *Map) error { return IndentedJSON(w, m) }

// IndentedJSON writes v as indented JSON without HTML escaping, as
// phivet's reports for people and tools are written.
func IndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// edge is one arrow of the diagram: a datum to a sink, with the statuses
// of the flows it stands for.
type edge struct {
	from, to int
	statuses []string
	bad      bool // some flow is a finding or suppressed
}

// graph reduces the map to data nodes, sink nodes and edges.
func graph(m *Map) (data, sinks []string, edges []edge) {
	sinkIdx := map[string]int{}
	for _, d := range m.Data {
		if len(d.Flows) == 0 {
			continue
		}
		di := len(data)
		data = append(data, d.Name+" ("+d.Class+")")
		byTo := map[int]*edge{}
		var order []int
		for _, f := range d.Flows {
			key := f.Sink + " (" + f.Kind + ")"
			si, ok := sinkIdx[key]
			if !ok {
				si = len(sinks)
				sinkIdx[key] = si
				sinks = append(sinks, key)
			}
			e := byTo[si]
			if e == nil {
				e = &edge{from: di, to: si}
				byTo[si] = e
				order = append(order, si)
			}
			if !contains(e.statuses, f.Status) {
				e.statuses = append(e.statuses, f.Status)
			}
			e.bad = e.bad || !f.Acceptable
		}
		for _, si := range order {
			sort.Strings(byTo[si].statuses)
			edges = append(edges, *byTo[si])
		}
	}
	return data, sinks, edges
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// mermaidText escapes a label for a quoted Mermaid node or edge label.
func mermaidText(s string) string {
	r := strings.NewReplacer(`"`, "#quot;", "|", "#124;", "<", "#lt;", ">", "#gt;")
	return r.Replace(s)
}

// Mermaid returns a Mermaid flowchart of the map: data on the left, sinks
// on the right, an arrow per datum and sink labelled with what stands on
// the path; arrows that carry a finding or a suppressed flow are red.
func Mermaid(m *Map) string {
	data, sinks, edges := graph(m)
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	for i, d := range data {
		fmt.Fprintf(&b, "  d%d[\"%s\"]\n", i, mermaidText(d))
	}
	for i, s := range sinks {
		fmt.Fprintf(&b, "  s%d([\"%s\"])\n", i, mermaidText(s))
	}
	var bad []string
	for i, e := range edges {
		fmt.Fprintf(&b, "  d%d -->|\"%s\"| s%d\n", e.from, mermaidText(strings.Join(e.statuses, ", ")), e.to)
		if e.bad {
			bad = append(bad, fmt.Sprint(i))
		}
	}
	if len(bad) > 0 {
		fmt.Fprintf(&b, "  linkStyle %s stroke:#d73a49,stroke-width:2px\n", strings.Join(bad, ","))
	}
	return b.String()
}

// Markdown writes the map as a Markdown report with a Mermaid diagram
// (GitHub renders it).
func Markdown(w io.Writer, m *Map) error {
	var b strings.Builder
	b.WriteString("# Data-flow map\n\n")
	fmt.Fprintf(&b, "Where identifiable patient data goes, as %s sees it in %s.\n\n", m.Tool, strings.Join(code(m.Packages), ", "))
	s := m.Summary
	fmt.Fprintf(&b, "%d identifiable data, %d flows to sinks: %d acceptable, %d findings, %d suppressed. %d fields look identifiable but are not marked.\n\n",
		s.Data, s.Flows, s.Acceptable, s.Findings, s.Suppressed, s.Unmarked)
	if _, _, edges := graph(m); len(edges) > 0 {
		b.WriteString("```mermaid\n" + Mermaid(m) + "```\n\n")
	}
	b.WriteString("## Identifiable data\n\n")
	for _, d := range m.Data {
		fmt.Fprintf(&b, "### %s\n\n", d.Name)
		kind := d.Kind
		if kind == "" {
			kind = "declared outside the analysed packages"
		}
		fmt.Fprintf(&b, "Class `%s`, %s.", d.Class, kind)
		if len(d.Marks) > 0 {
			var ms []string
			for _, mk := range d.Marks {
				ms = append(ms, fmt.Sprintf("%s at `%s:%d`", mk.How, mk.File, mk.Line))
			}
			fmt.Fprintf(&b, " Marked by %s.", strings.Join(ms, "; "))
		}
		b.WriteString("\n\n")
		if len(d.Flows) == 0 {
			b.WriteString("Reaches no sink.\n\n")
			continue
		}
		flowTable(&b, d.Flows)
	}
	if groups := Recipients(m); len(groups) > 0 {
		b.WriteString("## Recipients\n\nWho receives identifiable data, as each sink call shows it (a logger, a URL's host, a file).\n\n")
		for _, g := range groups {
			fmt.Fprintf(&b, "### %s\n\n| data | class | sink | kind | where | on the path |\n| --- | --- | --- | --- | --- | --- |\n", g.Recipient)
			for _, r := range g.Rows {
				f := r.Flow
				fmt.Fprintf(&b, "| `%s` | `%s` | `%s` | %s | `%s:%d` | %s |\n", r.Data, r.Class, f.Sink, f.Kind, f.File, f.Line, mdCell(describe(f)))
			}
			b.WriteString("\n")
		}
	}
	if len(m.Requires) > 0 {
		b.WriteString("## Calls of functions that require a guard\n\n")
		flowTable(&b, m.Requires)
	}
	if len(m.Unmarked) > 0 {
		b.WriteString("## Fields that look identifiable but are not marked (PHI3001)\n\n| field | looks like | suggested class | where | |\n| --- | --- | --- | --- | --- |\n")
		for _, u := range m.Unmarked {
			note := ""
			if u.Reason != "" {
				note = "suppressed: " + u.Reason
			}
			fmt.Fprintf(&b, "| `%s` | %s | `%s` | `%s:%d` | %s |\n", u.Name, u.Looks, u.Class, u.File, u.Line, mdCell(note))
		}
		b.WriteString("\n")
	}
	if len(m.Suppressions) > 0 {
		b.WriteString("## Suppressions (//phi:ignore)\n\n| where | reason | flows silenced |\n| --- | --- | --- |\n")
		for _, s := range m.Suppressions {
			fmt.Fprintf(&b, "| `%s:%d` | %s | %d |\n", s.File, s.Line, mdCell(s.Reason), s.Flows)
		}
		b.WriteString("\n")
	}
	b.WriteString("## Coverage\n\n")
	if len(m.Coverage) == 0 {
		b.WriteString("Every call cycle settled within the engine's bound on passes.\n")
	} else {
		b.WriteString("| where | function | what |\n| --- | --- | --- |\n")
		for _, g := range m.Coverage {
			fmt.Fprintf(&b, "| `%s:%d` | `%s` | %s |\n", g.File, g.Line, g.Function, mdCell(g.What))
		}
	}
	b.WriteString("\n")
	unfollowedMarkdown(&b, m)
	b.WriteString("\n")
	limitsMarkdown(&b, m)
	_, err := io.WriteString(w, b.String())
	return err
}

func flowTable(b *strings.Builder, fs []Flow) {
	b.WriteString("| sink | kind | where | function | on the path |\n| --- | --- | --- | --- | --- |\n")
	for _, f := range fs {
		fmt.Fprintf(b, "| `%s` | %s | `%s:%d` | `%s` | %s |\n", f.Sink, f.Kind, f.File, f.Line, f.Function, mdCell(describe(f)))
	}
	b.WriteString("\n")
}

// describe says what stands on a flow's path, in words.
func describe(f Flow) string {
	switch {
	case f.Status == "suppressed":
		return fmt.Sprintf("suppressed (%s): %s", f.Code, f.Reason)
	case f.Acceptable:
		return f.Status
	case f.Reported:
		return fmt.Sprintf("%s: %s (%s)", f.Status, f.Why, f.Code)
	}
	return fmt.Sprintf("%s: %s (%s, not reported)", f.Status, f.Why, f.Code)
}

func mdCell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }

func code(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "`" + s + "`"
	}
	return out
}

// HTML writes the map as one self-contained page: inline CSS and an inline
// SVG diagram, no scripts and nothing fetched.
func HTML(w io.Writer, m *Map) error {
	return page.Execute(w, struct {
		*Map
		SVG    template.HTML
		Groups []RecipientGroup
	}{m, template.HTML(svg(m)), Recipients(m)})
}

// svg draws the diagram: data on the left, sinks on the right, a line per
// edge, red where a flow is a finding or suppressed.
func svg(m *Map) string {
	data, sinks, edges := graph(m)
	if len(edges) == 0 {
		return ""
	}
	const rowH, boxW, boxH, gap = 34, 300, 24, 260
	rows := max(len(data), len(sinks))
	height := rows*rowH + 20
	width := 2*boxW + gap + 20
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="data-flow diagram">`, width, height, width, height)
	y := func(i int) int { return 10 + i*rowH }
	for _, e := range edges {
		colour := "#2da44e"
		if e.bad {
			colour = "#d73a49"
		}
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"><title>%s</title></line>`,
			10+boxW, y(e.from)+boxH/2, 10+boxW+gap, y(e.to)+boxH/2, colour, template.HTMLEscapeString(strings.Join(e.statuses, ", ")))
	}
	box := func(x, yy int, text, fill string) {
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" rx="4" fill="%s" stroke="#57606a"/><text x="%d" y="%d" font-size="12" font-family="sans-serif">%s</text>`,
			x, yy, boxW, boxH, fill, x+6, yy+16, template.HTMLEscapeString(text))
	}
	for i, d := range data {
		box(10, y(i), d, "#ddf4ff")
	}
	for i, s := range sinks {
		box(10+boxW+gap, y(i), s, "#fff8c5")
	}
	b.WriteString(`</svg>`)
	return b.String()
}

var page = template.Must(template.New("map").Funcs(template.FuncMap{"describe": describe, "shownCalls": shownCalls, "moreCalls": moreCalls, "unfollowedLead": unfollowedLead, "noUnfollowed": func() string { return noUnfollowed }, "limitsLead": limitsLead, "noLimits": func() string { return noLimits }}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>phivet data-flow map</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2em; color: #1f2328; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
code { font-family: ui-monospace, monospace; font-size: 90%; }
.bad { color: #d73a49; font-weight: 600; }
.ok { color: #1a7f37; }
.muted { color: #57606a; }
</style>
</head>
<body>
<h1>Data-flow map</h1>
<p>Where identifiable patient data goes, as {{.Tool}} sees it in {{range $i, $p := .Packages}}{{if $i}}, {{end}}<code>{{$p}}</code>{{end}}.</p>
<p>{{.Summary.Data}} identifiable data, {{.Summary.Flows}} flows to sinks: {{.Summary.Acceptable}} acceptable, {{.Summary.Findings}} findings, {{.Summary.Suppressed}} suppressed. {{.Summary.Unmarked}} fields look identifiable but are not marked.</p>
{{if .SVG}}<figure>{{.SVG}}<figcaption class="muted">Data on the left, sinks on the right; red lines carry a finding or a suppressed flow.</figcaption></figure>{{end}}
<h2>Identifiable data</h2>
{{range .Data}}<h3 id="{{.Name}}"><code>{{.Name}}</code></h3>
<p>Class <code>{{.Class}}</code>{{if .Kind}}, {{.Kind}}{{end}}.{{if .Marks}} Marked by {{range $i, $m := .Marks}}{{if $i}}; {{end}}{{$m.How}} at <code>{{$m.File}}:{{$m.Line}}</code>{{end}}.{{end}}</p>
{{if .Flows}}<table><tr><th>sink</th><th>kind</th><th>where</th><th>function</th><th>on the path</th></tr>
{{range .Flows}}<tr><td><code>{{.Sink}}</code></td><td>{{.Kind}}</td><td><code>{{.File}}:{{.Line}}</code></td><td><code>{{.Function}}</code></td><td class="{{if .Acceptable}}ok{{else}}bad{{end}}">{{describe .}}</td></tr>
{{end}}</table>{{else}}<p class="muted">Reaches no sink.</p>{{end}}
{{end}}
{{if .Requires}}<h2>Calls of functions that require a guard</h2>
<table><tr><th>function called</th><th>guard</th><th>where</th><th>caller</th><th>on the path</th></tr>
{{range .Requires}}<tr><td><code>{{.Sink}}</code></td><td>{{.Kind}}</td><td><code>{{.File}}:{{.Line}}</code></td><td><code>{{.Function}}</code></td><td class="{{if .Acceptable}}ok{{else}}bad{{end}}">{{describe .}}</td></tr>
{{end}}</table>{{end}}
{{if .Groups}}<h2>Recipients</h2>
{{range .Groups}}<h3>{{.Recipient}}</h3>
<table><tr><th>data</th><th>class</th><th>sink</th><th>kind</th><th>where</th><th>on the path</th></tr>
{{range .Rows}}<tr><td><code>{{.Data}}</code></td><td><code>{{.Class}}</code></td><td><code>{{.Flow.Sink}}</code></td><td>{{.Flow.Kind}}</td><td><code>{{.Flow.File}}:{{.Flow.Line}}</code></td><td class="{{if .Flow.Acceptable}}ok{{else}}bad{{end}}">{{describe .Flow}}</td></tr>
{{end}}</table>{{end}}{{end}}
{{if .Suppressions}}<h2>Suppressions (//phi:ignore)</h2>
<table><tr><th>where</th><th>reason</th><th>flows silenced</th></tr>
{{range .Suppressions}}<tr><td><code>{{.File}}:{{.Line}}</code></td><td>{{.Reason}}</td><td>{{.Flows}}</td></tr>
{{end}}</table>{{end}}
<h2>Coverage</h2>
{{if .Coverage}}<table><tr><th>where</th><th>function</th><th>what</th></tr>
{{range .Coverage}}<tr><td><code>{{.File}}:{{.Line}}</code></td><td><code>{{.Function}}</code></td><td>{{.What}}</td></tr>
{{end}}</table>{{else}}<p>Every call cycle settled within the engine's bound on passes.</p>{{end}}
<h3>Calls phivet cannot follow</h3>
{{if .Unfollowed}}<p>{{unfollowedLead .Summary.Unfollowed}}</p>
<table><tr><th>callee</th><th>calls</th><th>data</th><th>why</th><th>where</th></tr>
{{range .Unfollowed}}<tr><td><code>{{.Callee}}</code></td><td>{{.Count}}</td><td><code>{{.Classes}}</code></td><td>{{.Reason}}</td><td>{{range $i, $c := shownCalls .Calls}}{{if $i}}, {{end}}<code>{{$c.File}}:{{$c.Line}}</code> (<code>{{$c.Function}}</code>){{with $c.Via}} through <code>{{.}}</code>{{end}}{{end}}{{with moreCalls .Calls}}, and {{.}} more{{end}}</td></tr>
{{end}}</table>{{else}}<p>{{noUnfollowed}}</p>{{end}}
<h3>Functions where an internal limit was reached</h3>
{{if .Limits}}<p>{{limitsLead .Summary.Limited}}</p>
<table><tr><th>where</th><th>function</th><th>limit</th><th>what it means</th></tr>
{{range .Limits}}<tr><td><code>{{.File}}:{{.Line}}</code></td><td><code>{{.Function}}</code></td><td><code>{{.Bound}}</code></td><td>{{.Meaning}}</td></tr>
{{end}}</table>{{else}}<p>{{noLimits}}</p>{{end}}
{{if .Unmarked}}<h2>Fields that look identifiable but are not marked (PHI3001)</h2>
<table><tr><th>field</th><th>looks like</th><th>suggested class</th><th>where</th><th></th></tr>
{{range .Unmarked}}<tr><td><code>{{.Name}}</code></td><td>{{.Looks}}</td><td><code>{{.Class}}</code></td><td><code>{{.File}}:{{.Line}}</code></td><td>{{if .Reason}}suppressed: {{.Reason}}{{end}}</td></tr>
{{end}}</table>{{end}}
</body>
</html>
`))
