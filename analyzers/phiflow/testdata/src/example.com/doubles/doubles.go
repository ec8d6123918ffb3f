// Package doubles calls interfaces whose implementations include test
// doubles: a testify mock and a gomock mock that log or panic with what
// they are given are not targets of the calls; the real implementation
// is.
package doubles

import (
	"log"

	"github.com/stretchr/testify/mock"
	"go.uber.org/mock/gomock"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Directory looks people up; its one real implementation keeps no log.
type Directory interface {
	Find(name string) error
}

type table struct{ rows map[string]bool }

func (t *table) Find(name string) error { return nil }

// MockDirectory is a testify mock that logs its calls.
type MockDirectory struct{ mock.Mock }

func (m *MockDirectory) Find(name string) error {
	log.Printf("Find(%s)", name)
	return m.Called(name).Error(0)
}

// MockDirectoryGo is a gomock mock that logs its calls.
type MockDirectoryGo struct {
	ctrl     *gomock.Controller
	recorder *MockDirectoryGoRecorder
}

type MockDirectoryGoRecorder struct{ mock *MockDirectoryGo }

func (m *MockDirectoryGo) EXPECT() *MockDirectoryGoRecorder { return m.recorder }

func (m *MockDirectoryGo) Find(name string) error {
	log.Println("gomock Find", name)
	m.ctrl.Call(m, "Find", name)
	return nil
}

// Pager pages someone; its real implementation logs whom.
type Pager interface {
	Page(name string)
}

type console struct{}

func (console) Page(name string) { log.Println("paging", name) }

// MockPager is a testify mock of Pager.
type MockPager struct{ mock.Mock }

func (m *MockPager) Page(name string) { m.Called(name) }

// Register looks the patient up: only the mocks would log the name.
func Register(d Directory, p *Patient) error {
	return d.Find(p.Name) // clean: the mocks are not targets
}

// Alert pages the patient: the real Pager logs the name.
func Alert(pg Pager, p *Patient) {
	pg.Page(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}
