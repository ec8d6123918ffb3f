// Package relay passes messages on through notify.Notifier, whose implementations it cannot name. // want package:"analysed"
package relay

import "example.com/hiddenimpls/notify"

// Send passes msg on to n.
func Send(n notify.Notifier, msg string) { n.Notify(msg) } // want Send:`summary\(p1→log.Println log\)`
