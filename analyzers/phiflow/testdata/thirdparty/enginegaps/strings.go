package enginegaps

import (
	"log"

	"github.com/tidwall/gjson"

	"example.com/thirdparty/model"
)

// engine: slicing a string drops its data (a postcode's outward code
// p.Postcode[:4], a parser's json[i:]): the transfer has no rule for an
// *ssa.Slice of a string, which is a value, not memory the engine
// tracks. So gjson.Parse's results carry nothing, and a row saying that
// the member name gjson's (Result).ForEach passes its callback carries
// nothing (as jsonparser.ObjectEach's, catalog.NamelessArgs) cannot be
// tested until it is fixed.
func StringSlice(p *model.Patient) {
	log.Print(p.Postcode[:4])               // want "PHI1001"
	log.Print(gjson.Parse(p.Diagnosis).Raw) // want "PHI1001"
	gjson.Parse(p.Diagnosis).ForEach(func(key, value gjson.Result) bool {
		log.Print(value.Raw) // want "PHI1001"
		return true
	})
}
