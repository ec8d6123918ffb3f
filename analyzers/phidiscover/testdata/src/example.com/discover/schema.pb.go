package discover

// ProtoModel is in a file whose name says protoc wrote it.
type ProtoModel struct {
	Surname string
}
