package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// newFlagSet returns the flags of the command called name that phivet
// and its subcommands all take: -f (its default format and usage say
// which formats the command writes), -config and -tests (testsUsage says
// what it does there).
func newFlagSet(name string, stderr io.Writer, format, formatUsage, testsUsage string) (fs *flag.FlagSet, formatFlag, configFlag *string, testsFlag *bool) {
	fs = flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	formatFlag = fs.String("f", format, formatUsage)
	configFlag = fs.String("config", "", "configuration `file` (default: phivet.yaml found walking up from the current directory)")
	testsFlag = fs.Bool("tests", false, testsUsage)
	return fs, formatFlag, configFlag, testsFlag
}

// parseFlags parses args into fs. done says the command ends there, with
// status: after -h (the usage is printed), or a bad flag (the flag
// package has said what is wrong).
func parseFlags(fs *flag.FlagSet, args []string) (status int, done bool) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, flag.ErrHelp):
		return exitClean, true
	}
	return exitError, true
}

// chooseWriter checks what phivet and its subcommands check alike once
// their flags are parsed: that format is one of writers (formats lists
// them for the message) and that fs names what to analyse (operands
// says what). A usage error is said on stderr, after the command's name,
// and chooseWriter returns false.
func chooseWriter[W any](stderr io.Writer, command string, fs *flag.FlagSet, writers map[string]W, format, formats, operands string) (W, bool) {
	write, ok := writers[format]
	if !ok {
		fmt.Fprintf(stderr, "%s: -f: unknown format %q (want %s)\n", command, format, formats)
		return write, false
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "%s: no %s named\n", command, operands)
		fs.Usage()
		return write, false
	}
	return write, true
}

// exitAfterWriting is the exit status of a subcommand once it has written
// its report (err is the writer's error): an error when the report could
// not be written or a package failed to load or analyse.
func exitAfterWriting(stderr io.Writer, command string, err error, failed bool) int {
	if err != nil {
		fmt.Fprintf(stderr, "%s: writing output: %v\n", command, err)
		return exitError
	}
	if failed {
		return exitError
	}
	return exitClean
}
