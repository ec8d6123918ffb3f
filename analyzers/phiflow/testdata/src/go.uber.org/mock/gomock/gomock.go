// Package gomock is a stand-in for go.uber.org/mock/gomock: the controller
// the catalog names as the mark of a generated mock.
package gomock

type Controller struct{}

func (c *Controller) Call(receiver interface{}, method string, args ...interface{}) []interface{} {
	return args
}
