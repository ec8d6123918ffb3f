package main

import (
	"bytes"
	"os"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"time"
)

// startProfiles starts a CPU profile and a heap profile, for `make bench`
// and for users reporting a slow run; stop writes them.
//
// The heap profile is the one taken when the live heap was largest: at
// exit the driver has let go of everything, and what decides the peak
// RSS is what was held together at the worst moment.
func startProfiles(cpu, mem string) (stop func(), err error) {
	var cpuFile *os.File
	if cpu != "" {
		if cpuFile, err = os.Create(cpu); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(cpuFile); err != nil {
			cpuFile.Close()
			return nil, err
		}
	}
	var peak *heapPeak
	if mem != "" {
		peak = watchHeapPeak()
	}
	return func() {
		if cpuFile != nil {
			pprof.StopCPUProfile()
			cpuFile.Close()
		}
		if peak != nil {
			profile := peak.stop()
			_ = os.WriteFile(mem, profile, 0o644) // best effort, on the way out
		}
	}, nil
}

// heapProfileInterval is how often the live heap is sampled for a new
// peak. Each new peak (by heapPeakStep) costs one heap profile, a few
// milliseconds.
const (
	heapProfileInterval = 50 * time.Millisecond
	heapPeakStep        = 1.05
)

// heapPeak keeps the heap profile taken at the largest live heap seen.
type heapPeak struct {
	done    chan struct{}
	stopped sync.WaitGroup
	mu      sync.Mutex
	live    uint64
	profile []byte
}

func watchHeapPeak() *heapPeak {
	h := &heapPeak{done: make(chan struct{})}
	h.stopped.Add(1)
	go func() {
		defer h.stopped.Done()
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(heapProfileInterval)
		defer tick.Stop()
		for {
			select {
			case <-h.done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				continue
			}
			live := sample[0].Value.Uint64()
			if float64(live) < float64(h.live)*heapPeakStep {
				continue
			}
			var buf bytes.Buffer
			if pprof.Lookup("heap").WriteTo(&buf, 0) == nil {
				h.mu.Lock()
				h.live, h.profile = live, buf.Bytes()
				h.mu.Unlock()
			}
		}
	}()
	return h
}

// stop ends the sampling and returns the profile of the peak (the heap
// as it is now when no sample was taken).
func (h *heapPeak) stop() []byte {
	close(h.done)
	h.stopped.Wait()
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.profile == nil {
		var buf bytes.Buffer
		_ = pprof.Lookup("heap").WriteTo(&buf, 0)
		h.profile = buf.Bytes()
	}
	return h.profile
}
