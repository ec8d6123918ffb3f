package consent

import (
	"context"

	"example.com/ehr/model"
)

func Check(ctx context.Context, p *model.Patient) bool { return p.ID != "" }
