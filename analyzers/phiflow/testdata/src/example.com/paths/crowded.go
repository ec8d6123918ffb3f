package paths

import "log"

// Form has more fields than a summary tells apart through one parameter
// (taint.maxParamPaths): what a helper writes into, or logs from, all of
// them is summarised at a shorter path, which stands for everything
// below it. The data must not be lost on the way. A write is cut no
// shorter than the field written, so a field fillAll did not write
// (Plain) keeps what it held; a sink is cut to the whole form, as a
// label set past the bound reads every path of its parameter.
type Form struct {
	F00   string
	F01   string
	F02   string
	F03   string
	F04   string
	F05   string
	F06   string
	F07   string
	F08   string
	F09   string
	F10   string
	F11   string
	F12   string
	F13   string
	F14   string
	F15   string
	F16   string
	F17   string
	F18   string
	F19   string
	F20   string
	F21   string
	F22   string
	F23   string
	F24   string
	F25   string
	F26   string
	F27   string
	F28   string
	F29   string
	Plain string
}

// fillAll writes s into every field: a summary with too many paths.
func fillAll(n *Form, s string) {
	n.F00 = s
	n.F01 = s
	n.F02 = s
	n.F03 = s
	n.F04 = s
	n.F05 = s
	n.F06 = s
	n.F07 = s
	n.F08 = s
	n.F09 = s
	n.F10 = s
	n.F11 = s
	n.F12 = s
	n.F13 = s
	n.F14 = s
	n.F15 = s
	n.F16 = s
	n.F17 = s
	n.F18 = s
	n.F19 = s
	n.F20 = s
	n.F21 = s
	n.F22 = s
	n.F23 = s
	n.F24 = s
	n.F25 = s
	n.F26 = s
	n.F27 = s
	n.F28 = s
	n.F29 = s
}

// logAll logs every field: a summary with too many paths to one sink.
func logAll(n *Form) {
	log.Println(n.F00)
	log.Println(n.F01)
	log.Println(n.F02)
	log.Println(n.F03)
	log.Println(n.F04)
	log.Println(n.F05)
	log.Println(n.F06)
	log.Println(n.F07)
	log.Println(n.F08)
	log.Println(n.F09)
	log.Println(n.F10)
	log.Println(n.F11)
	log.Println(n.F12)
	log.Println(n.F13)
	log.Println(n.F14)
	log.Println(n.F15)
	log.Println(n.F16)
	log.Println(n.F17)
	log.Println(n.F18)
	log.Println(n.F19)
	log.Println(n.F20)
	log.Println(n.F21)
	log.Println(n.F22)
	log.Println(n.F23)
	log.Println(n.F24)
	log.Println(n.F25)
	log.Println(n.F26)
	log.Println(n.F27)
	log.Println(n.F28)
	log.Println(n.F29)
}

func CrowdedWrites(p *Patient) {
	n := &Form{}
	fillAll(n, p.Name)
	log.Println(n.F07) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func CrowdedWritesOfPlainData(p *Patient) {
	n := &Form{}
	fillAll(n, p.ID)
	log.Println(n.F07) // clean: only the identifier was written
}

func CrowdedWritesLeaveOtherFields(p *Patient) {
	n := &Form{Plain: p.ID}
	fillAll(n, p.Name)
	log.Println(n.Plain) // clean: fillAll did not write Plain
}

func CrowdedSinks(p *Patient) {
	n := &Form{}
	n.F03 = p.Name
	logAll(n) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func CrowdedSinksOfPlainData(p *Patient) {
	n := &Form{Plain: p.ID}
	n.F03 = "admitted"
	logAll(n) // clean: nothing identifiable in the form
}
