package catalog

// firebase.google.com/go/messaging: Firebase Cloud Messaging. A message
// (a notification's title and body, its data map, its platform options)
// is encoded as JSON and posted to Google's FCM API, where it is
// delivered to the devices it names. The client's send methods are
// promoted from an unexported client (fcmClient) and end in an HTTP
// request built by the SDK's internal package from a value phivet does
// not follow through, so the send is the sink. A message's MarshalJSON
// writes its fields as JSON does, so the JSON printer is the message's.
const fcmClient = "(*firebase.google.com/go/messaging.fcmClient)."

var firebaseMessagingTable = register(Table{
	Package: "firebase.google.com/go/messaging", Name: "Firebase Cloud Messaging",
	// Every send takes a context first, then the message or messages.
	Sinks: sinksOf(each(fcmClient, "Send", "SendDryRun", "SendAll", "SendAllDryRun", "SendMulticast", "SendMulticastDryRun"),
		Transmit, At(2), JSON),
})
