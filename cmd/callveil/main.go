// Command callveil makes recorded phone calls safe to share: it bleeps the
// personal data a word-timed transcript reveals and masks each speaker's
// voice with keyed transforms.
//
// Usage:
//
//	callveil <command> [flags] [arguments]
//
// Run "callveil help" for the list of commands, and "callveil <command>
// -help" for the flags of one.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"syscall"
)

// Exit codes shared by every command.
const (
	exitOK    = 0 // everything succeeded
	exitFail  = 1 // some inputs failed or were refused
	exitUsage = 2 // bad usage or unusable output folder
	// exitInterrupted follows SIGINT or SIGTERM (128 + 2, as shells report
	// a process killed by SIGINT).
	exitInterrupted = 130
)

// command is one subcommand of the CLI.
type command struct {
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

// commands maps a subcommand name to its implementation; filled by init
// functions in the file of each command, so each command is one file.
var commands = map[string]command{}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C cancels ctx and lets the command stop cleanly; after
	// it, signals get their default action again, so a second Ctrl-C ends
	// the process at once (temporary files are cleaned by the next run).
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole CLI, callable in-process from tests.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 {
			if c, ok := commands[rest[0]]; ok {
				return c.run(ctx, []string{"-help"}, stdout, stderr)
			}
			fmt.Fprintf(stderr, "callveil: unknown command %q\n", rest[0])
			return exitUsage
		}
		usage(stdout)
		return exitOK
	case "version", "-version", "--version":
		fmt.Fprintf(stdout, "callveil %s\n", version())
		return exitOK
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "callveil: unknown command %q (run \"callveil help\")\n", name)
		return exitUsage
	}
	return c.run(ctx, rest, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "callveil makes recorded phone calls safe to share: it bleeps the personal data")
	fmt.Fprintln(w, "a transcript reveals and masks each speaker's voice.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: callveil <command> [flags] [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "  %-12s %s\n", "help", "show this help, or \"help COMMAND\" for one command")
	fmt.Fprintf(w, "  %-12s %s\n", "version", "print the version")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Exit codes: 0 success, 1 some inputs failed or were refused, 2 bad usage,\n130 interrupted.")
}

// version reports the module version the binary was built from, or "dev".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
