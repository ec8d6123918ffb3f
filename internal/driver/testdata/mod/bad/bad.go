// Package bad does not type-check.
package bad

import "example.com/mod/c"

func Bad() int { return c.Exported() }
