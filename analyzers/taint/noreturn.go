package taint

import "golang.org/x/tools/go/ssa"

// endsPath returns the blocks of fn that end every path through them:
// they call a function the catalog lists as never returning (log.Fatal,
// os.Exit, a test's FailNow). A panic already ends its block in SSA.
func (f *family) endsPath(fn *ssa.Function) blockSet {
	out := newBlockSet(fn)
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if c, ok := instr.(*ssa.Call); ok && f.e.neverReturns(c.Common()) {
				out.set(b, true)
				break
			}
		}
	}
	return out
}

// neverReturns reports whether the callee of c never returns.
func (e *Engine) neverReturns(c *ssa.CallCommon) bool {
	fn := calledFunc(c)
	return fn != nil && e.calleeOf(fn).entry.NoReturn
}
