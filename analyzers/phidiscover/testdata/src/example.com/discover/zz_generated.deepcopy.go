package discover

// DeepCopyModel is in a file whose name says a generator wrote it.
type DeepCopyModel struct {
	Surname string
}
