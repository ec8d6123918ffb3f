package output

import (
	"bytes"
	"path/filepath"
	"slices"
	"testing"
)

func TestTextGolden(t *testing.T) {
	root, fs := fixture(t)
	orig := slices.Clone(fs)
	got := write(t, func(b *bytes.Buffer) error { return Text(b, fs, Options{Root: root, WorkDir: root}) })
	outside := filepath.Join(filepath.Dir(root), "zz-outside", "gen.go")
	want := filepath.FromSlash("model/patient.go") + ":12:2: field Referral.Postcode looks identifiable but is not marked (PHI3001)\n" +
		filepath.FromSlash("ward/admit.go") + ":10:5: Patient.Name (direct) reaches log.Printf without a check or audit (PHI1001)\n" +
		filepath.FromSlash("ward/admit.go") + ":42:2: Patient.Name (direct) reaches log.Printf without a check or audit (PHI1001)\n" +
		filepath.FromSlash("ward/admit.go") + ":42:2: Patient.NHSNumber (direct) is put into a URL by http.Get (PHI1004)\n" +
		outside + ":3:1: Patient (record) reaches (*os.File).Write without a check or audit (PHI1002)\n"
	if string(got) != want {
		t.Errorf("Text:\n got:\n%s\nwant:\n%s", got, want)
	}
	if !slices.EqualFunc(fs, orig, func(a, b Finding) bool { return a.Pos == b.Pos && a.Code == b.Code }) {
		t.Error("Text reordered the caller's slice")
	}
}

func TestTextPathsAndEdges(t *testing.T) {
	root, _ := fixture(t)
	file := filepath.Join(root, "ward", "admit.go")
	fs := []Finding{
		{Code: "PHI2002", Message: "bad\ndirective", Pos: Position{file, 3, 0}},
		{Code: "PHI2002", Message: "nowhere", Pos: Position{}},
	}
	// WorkDir is a subdirectory: files under it are relative, others absolute.
	got := write(t, func(b *bytes.Buffer) error { return Text(b, fs, Options{WorkDir: filepath.Join(root, "ward")}) })
	want := "-: nowhere (PHI2002)\nadmit.go:3: bad directive (PHI2002)\n"
	if string(got) != want {
		t.Errorf("Text:\n got %q\nwant %q", got, want)
	}
	// Without a WorkDir, paths are printed as the analysis gave them.
	got = write(t, func(b *bytes.Buffer) error { return Text(b, fs[:1], Options{}) })
	if want := file + ":3: bad directive (PHI2002)\n"; string(got) != want {
		t.Errorf("Text:\n got %q\nwant %q", got, want)
	}
	if got := write(t, func(b *bytes.Buffer) error { return Text(b, nil, Options{}) }); len(got) != 0 {
		t.Errorf("Text of no findings wrote %q", got)
	}
}
