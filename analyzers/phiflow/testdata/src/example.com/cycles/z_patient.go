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
