// Package caller calls unfollowedparam's helpers from another package:
// their summaries carry the unfollowed call to it as a fact.
package caller

import "example.com/unfollowedparam"

// Passes is listed, with the call inside Forward.
func Passes(h *unfollowedparam.Hooks, m *unfollowedparam.Member) {
	unfollowedparam.Forward(h, m.Surname)
}

// Clean is not listed.
func Clean(h *unfollowedparam.Hooks, m *unfollowedparam.Member) {
	unfollowedparam.Relay(h, m.ID)
}
