package cycles

import "log/slog"

type Patient struct {
	Ward *Ward
	ID   string
	Name string `phi:"direct"`
}

func (p *Patient) LogValue() slog.Value { return slog.StringValue(p.ID) }

type Admission struct {
	Patient *Patient
	Bed     int
}

// Visit and Clinician print each other in their String methods: the
// analysis must end, and show what those methods really emit.
type Visit struct {
	By      *Clinician
	Summary string `phi:"clinical"`
}

type Clinician struct {
	Last  *Visit
	Badge string
}

func (v *Visit) String() string     { return "visit by " + v.By.String() }
func (c *Clinician) String() string { return "clinician " + c.Badge + " last " + c.Last.String() }

// Note prints one marked field of its own.
type Note struct {
	Ward string
	Text string `phi:"clinical"`
}

func (n Note) String() string { return n.Ward + ": " + n.Text }
