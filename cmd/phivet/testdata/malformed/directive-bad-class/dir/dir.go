package dir

// Rec is a record.
type Rec struct {
	//phi:source secret
	Field string
}
