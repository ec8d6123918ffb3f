package output

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Text writes one line per finding, `file:line:col: message (CODE)`, sorted
// by file, line, column and code. It is the form go vet and staticcheck
// print, which editors, CI log annotators and grep already understand; so
// each finding stays on exactly one line (a newline in a message would split
// it and is replaced by a space) and the path is relative to o.WorkDir when
// the file is under it. The source-to-sink steps are left to JSON and SARIF.
func Text(w io.Writer, fs []Finding, o Options) error {
	p := newPaths(o)
	bw := bufio.NewWriter(w)
	for _, f := range sorted(fs) {
		msg := oneLine.Replace(f.Message)
		fmt.Fprintf(bw, "%s: %s (%s)\n", posString(p.display(f.Pos.File), f.Pos.Line, f.Pos.Column), msg, f.Code)
	}
	return bw.Flush()
}

var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// posString formats a position as go/token.Position.String does:
// file:line:col, file:line when the column is unknown, "-" when nothing is.
func posString(file string, line, col int) string {
	s := file
	if line > 0 {
		if s != "" {
			s += ":"
		}
		s += strconv.Itoa(line)
		if col > 0 {
			s += ":" + strconv.Itoa(col)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}
