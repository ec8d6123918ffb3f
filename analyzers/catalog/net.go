package catalog

var clientMethods = []string{"Get", "Head", "Post", "PostForm"}

var httpTable = register(Table{
	Package: "net/http",
	// A server's request: its body, URL and form are the caller's own
	// data, and so are the values read from them. Not its header: a
	// gateway in front of the service may have set it (an authenticated
	// user's or patient's identity).
	RequestFields: []string{"net/http.Request.Body", "net/http.Request.URL", "net/http.Request.Form",
		"net/http.Request.PostForm"},
	// An outgoing request's body may be set after it is built (NewRequest
	// with http.NoBody, then Body assigned): it is sent with the request,
	// a transmission where it enters the request, as the body given to
	// NewRequest is.
	WriterFields: []string{"net/http.Request.Body"},
	RequestReads: []RequestRead{
		{Func: "net/http.MaxBytesReader", Into: Results, Of: At(1)},
		{Func: "(*net/http.Request).FormValue", Into: Results, Of: At()},
		{Func: "(*net/http.Request).PostFormValue", Into: Results, Of: At()},
		{Func: "(*net/http.Request).PathValue", Into: Results, Of: At()},
		{Func: "(*net/url.URL).Query", Into: Results, Of: At(0)},
		{Func: "(net/url.Values).Get", Into: Results, Of: At(0)},
	},
	Sinks: []Sink{
		// Request bodies and form values leave the process when the request is made.
		{Func: "net/http.NewRequest", Kind: Transmit, Data: At(2)},
		{Func: "net/http.NewRequestWithContext", Kind: Transmit, Data: At(3)},
		{Func: "net/http.Post", Kind: Transmit, Data: At(2)},
		{Func: "net/http.PostForm", Kind: Transmit, Data: At(1)},
		{Func: "(*net/http.Client).Post", Kind: Transmit, Data: At(3)},
		{Func: "(*net/http.Client).PostForm", Kind: Transmit, Data: At(2)},
		{Func: "(*net/http.Request).SetBasicAuth", Kind: Transmit, Data: From(1)},
		{Func: "(*net/http.Request).AddCookie", Kind: Transmit, Data: At(1)},
		{Func: "net/http.SetCookie", Kind: Respond, Data: At(1)},
	},
	URLs: concat(
		[]URL{
			{"net/http.NewRequest", 1}, {"net/http.NewRequestWithContext", 2},
			{"net/http.Get", 0}, {"net/http.Head", 0}, {"net/http.Post", 0}, {"net/http.PostForm", 0},
			{"net/http.Redirect", 2},
		},
		urlsOf(each("(*net/http.Client).", clientMethods...), 1),
	),
	Writers: concat(
		writersOf([]string{"(net/http.ResponseWriter).Write"}, 0, At(1), Raw),
		[]Writer{
			{Func: "net/http.Error", Dest: 0, Data: At(1)},
			// Header values go out with the request or response the header
			// belongs to.
			{Func: "(net/http.Header).Set", Dest: 0, Data: At(2)},
			{Func: "(net/http.Header).Add", Dest: 0, Data: At(2)},
		},
	),
	Wrappers: []Wrapper{
		{"(net/http.ResponseWriter).Header", At(0)},
		{"(*net/http.Request).Write", At(1)},
	},
	// A request rebuilt for a context shares its URL, header and body
	// with the original.
	Copies: []Copy{
		{"(*net/http.Request).WithContext", 0}, {"(*net/http.Request).Clone", 0},
	},
	Destinations: []Destination{
		{"net/http.NewRequest", Transmit},
		{"net/http.NewRequestWithContext", Transmit},
	},
	DestinationTypes: []DestinationType{
		{"net/http.ResponseWriter", Respond},
	},
	// A response comes from the server, not from the request sent.
	Opaque: []string{"(*net/http.Client).*", "(*net/http.Transport).*", "net/http.ReadResponse"},
	Propagators: concat(
		// An outgoing request carries its URL in its URL field, not in its
		// header (contract §3: a request's parts); a client call's error
		// quotes that URL ("Get \"https://…?nhs=…\": dial tcp: …").
		[]Propagator{
			{Func: "net/http.NewRequest", From: At(1), Into: Results, Field: "URL"},
			{Func: "net/http.NewRequestWithContext", From: At(2), Into: Results, Field: "URL"},
			{Func: "(*net/http.Client).Do", From: At(1), Into: Results, OnlyError: true},
			{Func: "net/http.Get", From: At(0), Into: Results, OnlyError: true},
			{Func: "net/http.Head", From: At(0), Into: Results, OnlyError: true},
			{Func: "net/http.Post", From: At(0), Into: Results, OnlyError: true},
			{Func: "net/http.PostForm", From: At(0), Into: Results, OnlyError: true},
		},
		[]Propagator{
			{Func: "(*net/http.Client).Get", From: At(1), Into: Results, OnlyError: true},
			{Func: "(*net/http.Client).Head", From: At(1), Into: Results, OnlyError: true},
			{Func: "(*net/http.Client).Post", From: At(1), Into: Results, OnlyError: true},
			{Func: "(*net/http.Client).PostForm", From: At(1), Into: Results, OnlyError: true},
		},
	),
})

func urlsOf(names []string, arg int) []URL {
	return perName(names, func(n string) URL { return URL{Func: n, Arg: arg} })
}

var netTable = register(Table{
	Package: "net",
	Writers: writersOf([]string{
		"(net.Conn).Write", "(*net.TCPConn).Write", "(*net.UDPConn).Write", "(*net.UnixConn).Write",
		"(*net.UDPConn).WriteTo", "(*net.UDPConn).WriteToUDP", "(*net.IPConn).Write", "(net.PacketConn).WriteTo",
	}, 0, At(1), Raw),
	DestinationTypes: []DestinationType{
		{"net.Conn", Transmit}, {"*net.TCPConn", Transmit}, {"*net.UDPConn", Transmit},
		{"*net.UnixConn", Transmit}, {"*net.IPConn", Transmit}, {"net.PacketConn", Transmit},
	},
	// What a connection or a resolver returns comes from the network.
	Opaque: []string{"net"},
})

var smtpTable = register(Table{
	Package: "net/smtp",
	Sinks: concat(
		sinksOf([]string{"net/smtp.SendMail"}, Transmit, From(3), Raw),
		sinksOf(each("(*net/smtp.Client).", "Mail", "Rcpt"), Transmit, At(1), Raw),
	),
	Destinations: []Destination{{"(*net/smtp.Client).Data", Transmit}},
})

// A MIME header (an e-mail's or a multipart part's) keeps the values set
// into it, and is written with the message or part it heads.
var textprotoTable = register(Table{
	Package:     "net/textproto",
	Propagators: propagate(each("(net/textproto.MIMEHeader).", "Set", "Add"), At(2), Receiver, Raw),
})

var urlTable = register(Table{
	Package: "net/url",
	Propagators: concat(
		propagate(each("net/url.", "QueryEscape", "PathEscape", "QueryUnescape", "PathUnescape", "JoinPath", "ParseQuery", "UserPassword", "User"), All(), Results, Raw),
		// A url.Error quotes the URL: `parse "https://…": invalid control character in URL`.
		parses(append(each("net/url.", "Parse", "ParseRequestURI"), "(*net/url.URL).Parse")),
		propagate(each("(net/url.Values).", "Set", "Add"), From(1), Receiver, Raw),
		propagate(each("(net/url.Values).", "Encode", "Get"), At(0), Results, Raw),
		propagate(each("(*net/url.URL).", "String", "Query", "JoinPath", "EscapedPath", "RequestURI", "Redacted", "ResolveReference", "Hostname"), All(), Results, Raw),
	),
})
