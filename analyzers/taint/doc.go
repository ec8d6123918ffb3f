// Package taint is phivet's engine: a field-sensitive, interprocedural
// taint analysis over SSA that follows identifiable data from sources to
// sinks, judges each flow against the guards that hold where it is
// reported, and summarises every function for its callers.
//
// The analysis is modular. A package is analysed on its own; what other
// packages need travels as SummaryFacts. Within a package, functions are
// summarised on demand, callees first; a function together with its
// literals is one "family" solved to a fixed point over a finite lattice,
// so the cost is linear in code size times a small bound. Functions that
// call each other are solved together to a fixed point (cycles.go).
//
// # Reading guide
//
// Start at engine.go (Engine, Result, Analyze), then:
//
//   - The lattice: label.go (Label, Set, Dest, Taint: the labels, their
//     sets and joins, parameter paths and widening); limits.go (every
//     bound, why it is there, whether reaching it widens or cuts).
//   - The per-function fixed point: family.go (a family's state, memory
//     locations, solve and the accessors that record what a transfer
//     reads); cells.go (variables a literal captures, and where a
//     pointer loaded from one points); memorder.go (a read sees only the stores that can run
//     before it); outmemo.go, setbuild.go and freelist.go (what keeps it
//     cheap).
//   - The transfer function: transfer.go (one instruction), elements.go
//     (collections and channels), basedata.go (marked fields read
//     through an address), assert.go (type assertions), keyed.go
//     (lookups of keyed sources), decode.go (a record a library fills)
//     and stdlib.go (the standard library's defaults); emptyslice.go (a
//     slice holds nothing on the branch where its length is zero).
//   - Calls and dispatch: calls.go (call sites, applying a callee's
//     summary, interface calls), callee.go (what the marks and the
//     catalog say of a callee), funcvals.go and slots.go (calls through
//     function values), funccalls.go and freefuncs.go (calls through
//     function values a callee was given or a closure captured, resolved
//     by the callers), funcresults.go (what such a call returns reaching
//     a sink, judged where the value is passed), dispatch.go (implementations in the program's
//     sight), aliases.go (results linked into a parameter's memory),
//     heldparts.go (a pointer a callee keeps, stored part by part).
//   - The cross-function fixed point: cycles.go (summaries on demand,
//     call cycles solved together, Result.Unsettled); samesummary.go (when
//     a cycle has settled).
//   - Sinks and flows: collect.go (every place data reaches a sink, once
//     the state is solved); unfollowed.go (calls the engine cannot
//     follow); noreturn.go (paths that end).
//   - Whose data a flow carries (contract §3): own.go and withdraw.go
//     (the request being served and fresh records), ownership.go,
//     fieldsread.go and accessor.go (data from a function's parameters,
//     echoed to its caller).
//   - Guards: guards.go (where checks and audits hold); roles.go (a
//     function that is itself a check or an audit).
//   - Summaries and fact encoding: summary.go (Summary and the facts);
//     portable.go and retype.go (a summary as another package reads it);
//     factstring.go (a fact's String).
//   - Printing: expand.go (what printing or encoding a labelled value
//     emits), format.go (printf operands), constant.go (constants
//     printed), template.go (templates).
package taint
