package catalog

// Parsers of the standard library whose error quotes the text they were
// given. Their results carry the text by the standard-library default;
// the default leaves an error clean (its text is usually its own), so
// these need rows that give the error the text as well, as strconv's do
// (contract §3: the standard library's functions carry data as their Go
// source does). Parsers whose error quotes at most a fixed fragment
// (url.ParseQuery's `invalid URL escape "%zz"`) or nothing of the input
// (mime.ParseMediaType) keep the default.

// parses makes a row for each parser named: all its arguments go into its
// results, its error included.
func parses(names []string) []Propagator {
	return perName(names, func(n string) Propagator {
		return Propagator{Func: n, From: All(), Into: Results, ErrorToo: true}
	})
}

// addressParsersTable: e-mail, IP and hardware addresses. net/mail's
// errors quote what is left of the text (`mail: expected single address,
// got "…"`); net.ParseError, net.AddrError and netip's parse errors quote
// all of it.
var addressParsersTable = register(Table{
	Package: "net/mail, net/netip, net",
	Propagators: concat(
		parses(each("net/mail.", "ParseAddress", "ParseAddressList")),
		parses(each("(*net/mail.AddressParser).", "Parse", "ParseList")),
		parses(each("net/netip.", "ParseAddr", "ParseAddrPort", "ParsePrefix")),
		parses(each("net.", "ParseCIDR", "ParseMAC")),
	),
})
