package jinzhugormleaks

import (
	"encoding/json"
	"net/http"

	"example.com/thirdparty/jinzhugormleaks/records"
)

// A query built by a helper of another package loads what the helper
// names, and what the query it was given loads: the walk back from the
// load goes through the helper's call to its argument.

// Helpers: a model's helper naming no association that holds marked
// data leaves the people empty.
func Helpers(w http.ResponseWriter) {
	db := records.RDB
	var t records.Team
	t.PreloadTeam(db).First(&t, 7)
	json.NewEncoder(w).Encode(t)
	var ts []records.Team
	t.PreloadMembers(db).Where("name <> ''").Find(&ts)
	json.NewEncoder(w).Encode(ts)
	var ordered []records.Team
	records.Ordered().Find(&ordered)
	json.NewEncoder(w).Encode(ordered)
}

// HelpersLoading: a helper naming the path to the people loads them,
// and so does a preload made before the helper is called.
func HelpersLoading(w http.ResponseWriter) {
	db := records.RDB
	var t records.Team
	t.PreloadPeople(db).First(&t, 7)
	json.NewEncoder(w).Encode(t) // want `Person.Name \(direct\) is sent in a response by`
	var before records.Team
	t.PreloadMembers(db.Preload("Members.Person")).First(&before, 7)
	json.NewEncoder(w).Encode(before) // want `Person.Name \(direct\) is sent in a response by`
	var chosen records.Team
	records.Chosen(db, "Members").Preload("Members.Person").First(&chosen)
	json.NewEncoder(w).Encode(chosen) // want `Person.Name \(direct\) is sent in a response by`
	var unknown records.Team
	records.Chosen(db, "Members").First(&unknown)
	json.NewEncoder(w).Encode(unknown) // want `Person.Name \(direct\) is sent in a response by`
}
