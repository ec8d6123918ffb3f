package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// TestHeapProfileAtPeak checks that -memprofile keeps the profile taken
// while a large allocation was live, not the one at exit, when it is gone.
func TestHeapProfileAtPeak(t *testing.T) {
	mem := filepath.Join(t.TempDir(), "heap.pprof")
	stop, err := startProfiles("", mem)
	if err != nil {
		t.Fatal(err)
	}
	held := make([][]byte, 0, 64)
	for range 64 {
		held = append(held, make([]byte, 1<<20))
	}
	runtime.GC() // the live-heap metric is as of the last collection
	time.Sleep(4 * heapProfileInterval)
	runtime.KeepAlive(held)
	held = nil
	runtime.GC()
	stop()
	b, err := os.ReadFile(mem)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
		t.Fatalf("heap profile is not a gzipped pprof profile (%d bytes)", len(b))
	}
}

func TestHeapPeakKeepsLargest(t *testing.T) {
	h := watchHeapPeak()
	held := make([][]byte, 0, 64)
	for range 64 {
		held = append(held, make([]byte, 1<<20))
	}
	runtime.GC()
	time.Sleep(4 * heapProfileInterval)
	runtime.KeepAlive(held)
	held = nil
	runtime.GC()
	time.Sleep(4 * heapProfileInterval)
	h.stop()
	if h.live < 64<<20 {
		t.Fatalf("peak live heap %d bytes, want at least the 64 MiB that were held", h.live)
	}
	if len(h.profile) == 0 {
		t.Fatal("no profile kept at the peak")
	}
}
