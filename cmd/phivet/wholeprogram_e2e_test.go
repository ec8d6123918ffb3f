package main_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestWholeProgramDispatch runs the command and go vet on a module of
// four packages: a handler calling an interface declared in a second,
// implemented (by an unexported type an exported constructor returns) in
// a third that the handler does not import, the two wired in main. The
// command sees the whole program and reports the identifiable data the
// implementation puts into a URL; go vet, which analyses one package at a
// time, cannot see the implementation from the handler and reports
// nothing: the difference docs/go-vet.md documents.
func TestWholeProgramDispatch(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "wired")
	checkFindings(t, dir, expectedLeaks(t, dir, false))

	wantVetSilent(t, dir, "the implementation is out of the handler's sight")
}

// TestWholeProgramDispatchInCallee runs the command and go vet on a
// module where the interface call is one call further in: the handler
// passes the data to a service method, and the service calls the
// interface, whose implementation neither imports. The service's summary
// carries the interface call (analyzers/taint/ifacecalls.go); the
// handler, applying it, is judged again once the whole program is known,
// and the leak is reported at its call of the service. An implementation
// declared a sink (with an empty body) is named as findings name a
// callee. The surrogate key passed the same way stays clean; go vet
// reports nothing.
func TestWholeProgramDispatchInCallee(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "wiredchain")
	checkFindings(t, dir, expectedLeaks(t, dir, false))
	if r := phivet(t, dir, "./..."); !strings.Contains(r.Stdout, "is transmitted by (*client.pager).Page ") {
		t.Errorf("the declared sink out of sight is not named (*client.pager).Page:\n%s", r.Stdout)
	}

	wantVetSilent(t, dir, "the implementation is out of the service's and the handler's sight")
}

// TestWholeProgramFuncFields runs the command and go vet on a module of
// three packages: a listener whose read loop calls a handler held in a
// field (set by its constructor from a parameter, or by the caller
// directly), a handler package, and main, which imports both and passes
// a method value or a function. The listener imports neither, so only
// the whole program shows what its field holds: the command reports the
// message logged by the handlers that log it, and not by those that log
// a constant or a length, and phivet map finds a target for every such
// call; go vet, one package at a time, reports nothing (docs/go-vet.md).
func TestWholeProgramFuncFields(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "wiredfunc")
	checkFindings(t, dir, expectedLeaks(t, dir, false))

	if m := phivet(t, dir, "map", "./..."); strings.Contains(m.Stdout, "no known target") {
		t.Errorf("phivet map: every call through a handler field has a target in the program; got\n%s", m.Stdout)
	}

	wantVetSilent(t, dir, "what main stores is out of the listener's sight")
}

// TestWholeProgramFuncLiterals runs the command and go vet on a module
// whose notify package keeps the functions its callers give it (through
// a constructor, a setter, a map or a slice of handlers registered one by
// one) in unexported fields and calls them with a patient's name or with
// what its methods are passed, and whose main passes function literals, a
// bound closure, log.Printf and a logger's method value. notify cannot
// import main, so only the whole program shows what its fields hold: the
// command reports the name at each call whose functions log it, and not
// where every function given keeps it to itself; it also reports the name
// a ward package, which main imports but which does not import main,
// passes to a courier main built. go vet, one package at a time, reports
// only what main sees: the literal that reads the marked field itself,
// and the name main passes to the courier it built (docs/go-vet.md).
func TestWholeProgramFuncLiterals(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "wiredlit")
	want := expectedLeaks(t, dir, false)
	checkFindings(t, dir, want)

	vet := goVet(t, dir, filepath.Join(dir, "phivet.yaml"))
	checkVetReport(t, vet, key{"cmd/clinic/main.go", 43, "PHI1001"})
	checkVetReport(t, vet, key{"cmd/clinic/main.go", 49, "PHI1001"})
	for _, line := range strings.Split(vet.Stderr, "\n") {
		if strings.HasPrefix(line, "notify/") || strings.HasPrefix(line, "ward/") {
			t.Errorf("go vet: what main passes is out of notify's and ward's sight, want no finding there; got %s", line)
		}
	}
}

// TestWholeProgramMarks runs the command and go vet on a module whose
// handler and reminder call interfaces implemented in a client package
// neither imports: a getter declared a source in phivet.yaml, another by
// a directive (which no fact carries to a package that does not import
// it), a pager declared a sink whose body phivet sees nothing in, a
// ledger declared an audit (the handler pages after recording through it,
// which the command accepts), and a counter that only hands back what it
// is given. The reminder holds no
// identifiable data of its own, so it is judged again only for the
// implementations that bring some. A jobs package calls an SDK's public
// interface, whose method names its options by an alias of the SDK's
// internal type, implemented in the SDK's internal package. A hooks
// package, holding no data of its own either, calls the functions main
// sets into its variables: a declared source and a counter. The command
// reports what reaches the source's results, the sink and the SDK's log,
// and not the counts; go vet, one package at a time, sees none of the
// implementations and reports nothing.
func TestWholeProgramMarks(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "wiredmarks")
	checkFindings(t, dir, expectedLeaks(t, dir, false))

	wantVetSilent(t, dir, "the implementations are out of sight")
}

// wantVetSilent runs go vet on the module in dir with its phivet.yaml and
// fails unless it reports nothing, for the reason given.
func wantVetSilent(t *testing.T, dir, why string) {
	t.Helper()
	vet := goVet(t, dir, filepath.Join(dir, "phivet.yaml"))
	if vet.Code != 0 || strings.Contains(vet.Stderr, "PHI") {
		t.Errorf("go vet: %s, want no finding; got %s", why, vet)
	}
}

// TestWholeProgramErrorHandlers runs the command and go vet on the
// thirdparty test module's errhookwired packages: a fiber handler and an
// echo handler, in a package of their own, return errors naming a
// patient; main sets fiber's error handler to answer a constant and
// echo's to send the error's message. The command sees the whole
// program: it reports the echo handler's error and not the fiber
// handler's. go vet sees the handlers' package without main: it judges
// each error as its framework's default does with it, fiber's sending
// the message, echo's sending no plain error (docs/go-vet.md).
func TestWholeProgramErrorHandlers(t *testing.T) {
	needBinary(t)
	dir, err := filepath.Abs(filepath.Join("..", "..", "analyzers", "phiflow", "testdata", "thirdparty"))
	if err != nil {
		t.Fatal(err)
	}
	const file = "errhookwired/handler/handler.go"
	echoLine, fiberLine := file+":32:2: ", file+":25:2: "
	cmd := phivet(t, dir, "./errhookwired/...")
	if !strings.Contains(cmd.Stdout, echoLine) || strings.Contains(cmd.Stdout, fiberLine) || strings.Count(cmd.Stdout, "(PHI") != 1 {
		t.Errorf("phivet: want the echo handler's error (%s) alone, got\n%s", echoLine, cmd)
	}
	vet := run(t, dir, nil, goBin, "vet", "-vettool="+phivetBin, "./errhookwired/...")
	if !strings.Contains(vet.Stderr, fiberLine) || strings.Contains(vet.Stderr, echoLine) || strings.Count(vet.Stderr, "(PHI") != 1 {
		t.Errorf("go vet: want the fiber handler's error (%s) alone, got\n%s", fiberLine, vet)
	}
}
