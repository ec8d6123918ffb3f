// Package b imports c directly.
package b

import "example.com/mod/c"

func B() c.T { c.Exported(); return c.T{F: c.V + c.K} }
