// Package config reads phivet.yaml, the configuration file that marks code
// you cannot annotate with //phi: directives or struct tags: generated
// protobufs, FHIR models, third-party SDKs. It is also the schema of the
// golangci-lint plugin's settings block.
//
// # Finding the file
//
// The phivet command uses the phivet.yaml in the current directory or the
// nearest parent directory; -config FILE names one explicitly. Under
// go vet -vettool the file must be named with -config.
//
// # Format
//
// The file is one YAML mapping with these optional keys. An empty file, or
// one with only comments, is the same as no file.
//
//	sources:                 # identifiable data
//	  - field: example.com/ehr/model.Patient.Name      # pkg/path.Type.Field
//	    class: direct
//	  - type: example.com/ehr/model.NHSNumber          # every value of the type
//	    class: direct
//	  - func: (*example.com/ehr/store.Store).GetPatient # its non-error results
//	    class: direct
//	  - var: example.com/ehr/fixtures.DemoPatient       # a package-level var
//	    class: clinical
//	  - field: example.com/ehr/model.Patient.ID
//	    class: "-"           # explicitly not identifiable; note the quotes
//	sinks:                   # every argument is a sink of this kind
//	  - func: example.com/ehr/notify.SendSMS
//	    kind: transmit       # log, export, transmit or respond
//	checks:                  # disclosure checks
//	  - func: example.com/ehr/consent.Check
//	audits:                  # audit calls
//	  - func: (*example.com/ehr/audit.Log).*
//	sanitizers:              # results are not identifiable
//	  - func: example.com/ehr/redact.*
//	    classes: [direct]    # optional: what it removes, for suggested fixes
//	requires:                # every call must be guarded instead
//	  - func: example.com/ehr/referral.Send
//	    guard: check         # check or audit
//	policy:                  # per sink kind, what makes a flow acceptable
//	  log: any
//	  export: any
//	  transmit: any
//	  respond: any
//	packs:                   # built-in marks of health libraries' models
//	  fhir: patient          # patient (the default), strict or off
//	  hl7v2: strict
//	  dicom: off
//
// Each source names exactly one of field, type, func, var or tag, and a
// class: direct (identifies a person on its own), indirect (identifies in
// combination), clinical (confidential health information) or "-" (not
// identifiable, which silences PHI3001). YAML reads a bare - as the start
// of a list, so write it "-".
//
// Two more forms serve libraries whose data is reached by key or by tag:
//
//	sources:
//	  - func: (*github.com/suyashkumar/dicom.Dataset).FindElementByTag
//	    arg: 0               # the argument after any receiver that names the key
//	    keys: {tag.PatientName: direct, tag.PatientBirthDate: indirect}
//	  - tag: hl7             # fields whose struct tag hl7:"…" matches
//	    match: '^PID[.-](3|5|11|13)\b'
//	    class: direct
//
// A keyed source has no class of its own: a call's results have the class
// of the key its argument names. A key is a package-level variable or
// constant, written pkgname.Name, or a string constant; a string key that
// is a path ("PID.5") also matches the paths under it ("PID.5.1", not
// "PID.51"). An argument that names no key, or is not a constant or a
// package-level variable at all, gives nothing: keyed APIs are called with
// constants, and taking any other argument as the most identifiable key
// would mark every lookup. The tag form matches the regular expression
// against the value of the struct tag as written.
//
// Policy values are any (a check or an audit; the default), check, audit,
// check+audit, sanitize (only a sanitizer makes a flow acceptable) and
// allow (every flow of that kind is acceptable). A policy mapping may set
// any of its keys; respond, for responses to a caller, defaults to the
// value of transmit. `policy: strict` is short for log: sanitize and
// check+audit for the other three.
//
// A pack marks a health library's data model whenever the library is in
// the analysed program (package analyzers/packs, docs/packs.md); the
// packs: block chooses its profile or turns it off, and the file's own
// sources override a pack's marks, "-" included. A pack the block does not
// name is on with the patient profile.
//
// # Names
//
// Functions are named as go/types prints them (types.Func.FullName):
//
//	pkg/path.Func
//	(pkg/path.T).Method      value receiver
//	(*pkg/path.T).Method     pointer receiver
//	(*pkg/path.T[K, V]).M    method of a generic type, parameters as declared
//
// Types are pkg/path.Type, fields pkg/path.Type.Field and vars
// pkg/path.Name; a generic type is named without its type parameters. A
// field of an anonymous struct is named through the fields that reach it
// from an exported type: pkg/path.Order.Patient.Demographics.SSN (also
// through pointers, slices, arrays and maps of the anonymous struct).
// Because the number of names after the package path is fixed, they are
// split off from the right, and a package path may contain dots:
// gopkg.in/yaml.v3.Marshal is Marshal in gopkg.in/yaml.v3. A name such as
// example.com/ehr/store.Store.Get is rejected: it looks like a method
// written without its receiver's parentheses.
//
// A '*' matches any run of characters within one segment, where segments
// are separated by '/' and '.'; it never matches across them.
// example.com/ehr/redact.* is every function in that package (not its
// sub-packages), and (*example.com/ehr/audit.Log).* every method of *Log.
// The '*' right after '(' is the pointer marker, not a wildcard.
//
// # Errors
//
// The file is checked strictly, because a misspelt key or name would
// otherwise silently leave data unprotected: unknown and duplicate keys,
// a list where a single value belongs (or the reverse), a missing func,
// class, kind or guard, two of field/type/func/var in one source, an
// unknown class, kind, guard or policy value, and a malformed name are all
// errors. The phivet command stops with exit status 2 and a message such
// as
//
//	phivet.yaml:7: sinks[1].kind: unknown sink kind "logg" (want log, export, transmit or respond)
//
// naming the file, the line and the YAML path of the key (list indexes
// count from 0). Only the first error is reported. A well-formed name
// that matches nothing in the analysed program is a warning, not an error.
//
// # Inside phivet
//
// The analyzers receive the configuration as a flag holding Encode's
// compact JSON, not as a path, so that every runner's cache keys on the
// content: editing phivet.yaml can never replay a stale result.
package config
