// Package relay passes messages on through notify's interfaces, whose
// implementations it cannot name.
package relay

import "example.com/hiddenimpl/notify"

// Send passes msg on to n.
func Send(n notify.Notifier, msg string) { n.Notify(msg) }

// Count passes s on to c.
func Count(c notify.Counter, s string) int { return c.Add(s) }
