package catalog

// TestDouble names a type whose presence as a field (embedded or not,
// pointer or not) makes a struct a test double: a mock library's
// machinery, which no production implementation of an interface holds.
// Interface calls do not reach test doubles (contract §3): a mock's
// methods record and replay calls, they disclose nothing, and counting
// them would both add flows no program has and crowd out the real
// implementations under the engine's bound on implementations.
type TestDouble struct {
	Type    string // "pkg/path.Name"
	Library string // what generates or embeds it, for the documentation
}

// TestDoubleField reports whether a field of the named type ("pkg/path.Name")
// makes its struct a test double.
func (c *Catalog) TestDoubleField(typeName string) bool { return c.testDoubles[typeName] }
