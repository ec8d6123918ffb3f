package client

// directory implements contracts.Directory: its PhoneOf is declared a
// source in phivet.yaml (a repository getter whose rows are not tagged),
// its EmailOf by a directive.
type directory struct{ prefix string }

func NewDirectory(prefix string) *directory { return &directory{prefix: prefix} }

func (d *directory) PhoneOf(id string) string { return d.prefix + id }

//phi:source direct
func (d *directory) EmailOf(id string) string { return id + "@example.org" }

// pager implements contracts.Pager; phivet.yaml declares its Page a
// transmit sink. Its body does nothing phivet could see.
type pager struct{ sent int }

func NewPager() *pager { return &pager{} }

func (p *pager) Page(msg string) { p.sent++ }

// counter implements contracts.Counter: it only hands back what it is
// given.
type counter struct{}

func NewCounter() counter { return counter{} }

func (counter) Next(n int) int { return n + 1 }

// PhoneLookup is a function phivet.yaml declares a source.
func PhoneLookup(id string) string { return "+44" + id }

// Next hands back what it is given.
func Next(n int) int { return n + 1 }

// ledger implements contracts.Ledger; phivet.yaml declares its Record an
// audit.
type ledger struct{ n int }

func NewLedger() *ledger { return &ledger{} }

func (l *ledger) Record(who, id string) { l.n++ }
