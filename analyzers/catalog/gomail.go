package catalog

// gopkg.in/gomail.v2: a message is transmitted when a dialer or a sender
// sends it. Its headers are set into it by its own code, which is
// analysed; a body is kept in a closure that copies it out when the
// message is written, so the catalog says it goes into the message. An
// attachment or an embedded file takes its content from a copy function
// (SetCopyFunc) that gomail calls with the message's writer when it
// writes the message: what the function writes is the setting's, and
// the setting goes into the message with the file's name. The send
// itself ends in net/smtp through io.WriterTo and a SendFunc, which
// phivet cannot resolve, so the send is the sink.
const gomailPkg = "gopkg.in/gomail.v2."

var gomailTable = register(Table{
	Package: "gopkg.in/gomail.v2", Name: "gomail", Cases: "gomailleaks", Analysed: true,
	Sinks: sinksAt(Transmit, Raw,
		call{"(*" + gomailPkg + "Dialer).DialAndSend", From(1)},
		call{gomailPkg + "Send", From(1)},
	),
	Propagators: concat(
		propagate(each("(*"+gomailPkg+"Message).", "SetBody", "AddAlternative"), At(2), Receiver, Raw),
		propagate(each("(*"+gomailPkg+"Message).", "Attach", "Embed"), From(1), Receiver, Raw),
	),
	WriterCallbacks: []WriterCallback{
		{gomailPkg + "SetCopyFunc", 0, 0, "gomail: an attached or embedded file's content"},
	},
})
