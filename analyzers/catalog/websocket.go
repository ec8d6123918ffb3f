package catalog

// github.com/gorilla/websocket, and its fork github.com/fasthttp/websocket
// (fiber's websocket) with the same connection and dialer: what a
// connection writes goes to the peer (messages, JSON, a writer's message,
// a prepared message, the text of a control frame), and so do the URL and
// headers of the handshake a client dials and the headers a server's
// upgrade answers with. What a connection reads is the peer's, and the
// model of the program decides whether that is identifiable, not the
// library. Neither library's code is analysed: a connection buffers what
// it writes in itself, which would make everything it does afterwards (a
// sticky write error, the next constant ping) hold the message.

var websocketTable = register(websocketRows("github.com/gorilla/websocket", "Gorilla WebSocket", "websocketleaks", []Sink{
	{Func: "(*github.com/gorilla/websocket.Upgrader).Upgrade", Kind: Respond, Data: At(3), Printer: Raw},
	{Func: "github.com/gorilla/websocket.Upgrade", Kind: Respond, Data: At(2), Printer: Raw},
}))

// fasthttp's fork upgrades through a callback, answering with no headers
// of the caller's.
var fasthttpWebsocketTable = register(websocketRows("github.com/fasthttp/websocket", "fasthttp WebSocket", "fasthttpwebsocketleaks", nil))

// websocketRows is the table of a websocket library of gorilla's API at
// path pkg, with its upgrade rows.
func websocketRows(pkg, name, cases string, upgrades []Sink) Table {
	conn, dialer := "(*"+pkg+".Conn).", "(*"+pkg+".Dialer)."
	return Table{
		Package: pkg, Name: name, Cases: cases,
		Sinks: concat(
			sinksAt(Transmit, Raw,
				call{conn + "WriteMessage", At(2)},
				call{conn + "WriteControl", At(2)},
				call{conn + "WritePreparedMessage", At(1)},
				call{dialer + "Dial", At(2)}, call{dialer + "DialContext", At(3)}),
			upgrades,
			// WriteJSON encodes with encoding/json.
			sinksAt(Transmit, JSON,
				call{conn + "WriteJSON", At(1)},
				call{pkg + ".WriteJSON", At(1)}),
		),
		URLs: []URL{{dialer + "Dial", 1}, {dialer + "DialContext", 2}},
		// The writer NextWriter returns writes one message to the peer.
		Destinations: []Destination{{conn + "NextWriter", Transmit}},
		Propagators: []Propagator{
			{Func: pkg + ".NewPreparedMessage", From: At(1), Into: Results},
			{Func: pkg + ".FormatCloseMessage", From: At(1), Into: Results},
		},
	}
}
