package phitest

import (
	"os"
	"os/exec"
	"sync"
	"testing"
)

// downloads remembers, per module directory, the one `go mod download`
// a test binary runs there.
var downloads sync.Map // dir -> *download

type download struct {
	once sync.Once
	out  []byte
	err  error
}

// NeedModule downloads the dependencies of the test module in dir into
// the module cache with the normal proxy settings (RunModule then loads
// them with GOPROXY=off), once per test binary. It skips the test in
// -short mode, since the modules come from the network.
func NeedModule(t *testing.T, dir string) {
	t.Helper()
	if testing.Short() {
		t.Skip("needs the modules " + dir + " requires; skipped in -short mode")
	}
	v, _ := downloads.LoadOrStore(dir, new(download))
	d := v.(*download)
	d.once.Do(func() {
		cmd := exec.Command("go", "mod", "download")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
		d.out, d.err = cmd.CombinedOutput()
	})
	if d.err != nil {
		t.Fatalf("go mod download in %s: %v\n%s", dir, d.err, d.out)
	}
}
