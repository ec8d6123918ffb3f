// Package fasthttpwebsocketleaks has the cases of
// github.com/fasthttp/websocket, gorilla's fork that fiber's websocket
// wraps: the same connection and dialer.
package fasthttpwebsocketleaks

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/fasthttp/websocket"

	"example.com/thirdparty/model"
)

// Messages: a message written on a connection goes to the peer.
func Messages(c *websocket.Conn, p *model.Patient) {
	c.WriteMessage(websocket.TextMessage, []byte(p.Name)) // want "PHI1003"
	c.WriteMessage(websocket.TextMessage, []byte(p.ID))
	c.WriteMessage(websocket.TextMessage, []byte(model.Redact(p.Name)))
	if model.Allowed(p) {
		c.WriteMessage(websocket.TextMessage, []byte(p.Name))
	}
}

// JSON: WriteJSON encodes the value as encoding/json does, so a type's
// MarshalJSON decides what is sent.
func JSON(c *websocket.Conn, p *model.Patient) {
	c.WriteJSON(p) // want "PHI1003"
	c.WriteJSON(map[string]string{"id": p.ID})
	c.WriteJSON(model.Badge{ID: p.ID, Name: p.Name}) // want "PHI1003"
	c.WriteJSON(model.Card{ID: p.ID, Name: p.Name})
	websocket.WriteJSON(c, p.Diagnosis) // want "PHI1003"
	websocket.WriteJSON(c, p.Ward)
}

// Writers: the writer NextWriter returns sends one message.
func Writers(c *websocket.Conn, p *model.Patient) error {
	w, err := c.NextWriter(websocket.TextMessage)
	if err != nil {
		return err
	}
	w.Write([]byte(p.NHSNumber)) // want "PHI1003"
	w.Write([]byte(p.Ward))
	fmt.Fprintf(w, "patient %s", p.Name) // want "PHI1003"
	json.NewEncoder(w).Encode(p)         // want "PHI1003"
	json.NewEncoder(w).Encode(model.Card{ID: p.ID, Name: p.Name})
	writer(c.NextWriter(websocket.TextMessage)).Write([]byte(p.Diagnosis)) // want "PHI1003"
	writer(c.NextWriter(websocket.TextMessage)).Write([]byte(p.ID))
	return w.Close()
}

// writer drops NextWriter's error, so that a case is one statement.
func writer(w io.WriteCloser, _ error) io.WriteCloser { return w }

// Prepared: a prepared message holds its data until it is written.
func Prepared(c *websocket.Conn, p *model.Patient) {
	pm, _ := websocket.NewPreparedMessage(websocket.TextMessage, []byte(p.Diagnosis))
	c.WritePreparedMessage(pm)                                                                            // want "PHI1003"
	c.WritePreparedMessage(prepared(websocket.NewPreparedMessage(websocket.TextMessage, []byte(p.Name)))) // want "PHI1003"
	c.WritePreparedMessage(prepared(websocket.NewPreparedMessage(websocket.TextMessage, []byte(p.Ward))))
}

// prepared drops NewPreparedMessage's error, so that a case is one
// statement.
func prepared(pm *websocket.PreparedMessage, _ error) *websocket.PreparedMessage { return pm }

// Control: the text of a close frame goes to the peer.
func Control(c *websocket.Conn, p *model.Patient) {
	deadline := time.Now().Add(time.Second)
	c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, "bye "+p.Name), deadline) // want "PHI1003"
	c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, "bye"), deadline)
	c.WriteControl(websocket.PingMessage, []byte(p.Postcode), deadline) // want "PHI1003"
	c.WriteControl(websocket.PingMessage, []byte(p.ID), deadline)
}

// Reads: what the peer sends is not identifiable by itself, and echoing
// it back discloses nothing of the patient's.
func Reads(c *websocket.Conn) {
	_, msg, _ := c.ReadMessage()
	c.WriteMessage(websocket.TextMessage, msg)
	var v map[string]any
	c.ReadJSON(&v)
	c.WriteJSON(v)
}

// Handshakes: a client's URL and headers go to the server.
func Handshakes(ctx context.Context, d *websocket.Dialer, p *model.Patient) {
	d.Dial("wss://ehr.example/patients/"+p.NHSNumber, nil) // want "PHI1004"
	d.Dial("wss://ehr.example/patients/"+p.ID, nil)
	d.DialContext(ctx, "wss://ehr.example/patients/"+p.NHSNumber, nil) // want "PHI1004"
	d.DialContext(ctx, "wss://ehr.example/patients/"+p.ID, nil)
	d.Dial("wss://ehr.example/ws", http.Header{"X-Patient": {p.Name}}) // want "PHI1003"
	d.Dial("wss://ehr.example/ws", http.Header{"X-Patient": {p.ID}})
	d.DialContext(ctx, "wss://ehr.example/ws", http.Header{"X-Patient": {p.Name}}) // want "PHI1003"
	d.DialContext(ctx, "wss://ehr.example/ws", http.Header{"X-Patient": {p.ID}})
}

// AfterAWrite: the connection does not hold what it wrote. Its write
// error says nothing of the message, and a later constant frame is no
// patient's.
func AfterAWrite(c *websocket.Conn, p *model.Patient) {
	payload, _ := json.Marshal(map[string]string{"for": p.Name})
	if err := c.WriteMessage(websocket.TextMessage, payload); err != nil { // want "PHI1003"
		log.Printf("push to %s failed: %v", p.ID, err)
	}
	c.WriteMessage(websocket.PingMessage, []byte("ping"))
}
