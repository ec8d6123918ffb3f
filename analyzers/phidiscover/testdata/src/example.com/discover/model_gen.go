package discover

// GenModel is in a file whose name says a generator wrote it.
type GenModel struct {
	Surname string
}
