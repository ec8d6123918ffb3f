package lib

import (
	"log/slog"
	"strings"
)

// Task is a unit of work queued for later: its payload is the caller's,
// its lane a name the queue chooses.
type Task struct {
	Payload any
	Lane    string
}

// Batch wraps each payload into a task on the default lane; the slice of
// pointers it returns keeps each task's fields apart.
func Batch(payloads ...any) []*Task {
	out := make([]*Task, len(payloads))
	for i, p := range payloads {
		out[i] = &Task{Payload: p, Lane: "default"}
	}
	return out
}

// Values is Batch by value: a slice of structs.
func Values(payloads ...any) []Task {
	out := make([]Task, 0, len(payloads))
	for _, p := range payloads {
		out = append(out, Task{Payload: p, Lane: "default"})
	}
	return out
}

// LogLanes logs the lanes of the tasks, not their payloads.
func LogLanes(tasks []*Task) {
	lanes := make([]string, 0, len(tasks))
	for _, t := range tasks {
		lanes = append(lanes, t.Lane)
	}
	slog.Info("queued", slog.String("lanes", strings.Join(lanes, ",")))
}
