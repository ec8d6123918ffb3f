package catalog

// github.com/gorilla/websocket: what a connection writes goes to the peer
// (messages, JSON, a writer's message, a prepared message, the text of a
// control frame), and so do the URL and headers of the handshake a client
// dials and the headers a server's upgrade answers with. What a
// connection reads is the peer's, and the model of the program decides
// whether that is identifiable, not the library.

var websocketTable = register(Table{
	Package: "github.com/gorilla/websocket", Name: "Gorilla WebSocket", Cases: "websocketleaks",
	Sinks: concat(
		sinksAt(Transmit, Raw,
			call{websocketConn + "WriteMessage", At(2)},
			call{websocketConn + "WriteControl", At(2)},
			call{websocketConn + "WritePreparedMessage", At(1)},
			call{websocketDialer + "Dial", At(2)}, call{websocketDialer + "DialContext", At(3)}),
		sinksAt(Respond, Raw,
			call{websocketUpgrader + "Upgrade", At(3)}, call{websocketPkg + "Upgrade", At(2)}),
		// WriteJSON encodes with encoding/json.
		sinksAt(Transmit, JSON,
			call{websocketConn + "WriteJSON", At(1)},
			call{websocketPkg + "WriteJSON", At(1)}),
	),
	URLs: []URL{{websocketDialer + "Dial", 1}, {websocketDialer + "DialContext", 2}},
	// The writer NextWriter returns writes one message to the peer.
	Destinations: []Destination{{websocketConn + "NextWriter", Transmit}},
	Propagators: []Propagator{
		{Func: websocketPkg + "NewPreparedMessage", From: At(1), Into: Results},
		{Func: websocketPkg + "FormatCloseMessage", From: At(1), Into: Results},
	},
})

// The receivers and the package, as function names begin.
const (
	websocketConn     = "(*github.com/gorilla/websocket.Conn)."
	websocketDialer   = "(*github.com/gorilla/websocket.Dialer)."
	websocketUpgrader = "(*github.com/gorilla/websocket.Upgrader)."
	websocketPkg      = "github.com/gorilla/websocket."
)
