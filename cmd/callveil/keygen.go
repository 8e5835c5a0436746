package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/callveil/callveil/anonymize"
)

func init() {
	commands["keygen"] = command{summary: "write a new random key file (mode 0600)", run: runKeygen}
}

func runKeygen(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("keygen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "`FILE` to create; it must not exist yet")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: callveil keygen -o FILE")
		fmt.Fprintln(stderr)
		fmt.Fprintln(stderr, "Writes a new random key, readable by its owner only. One key derives the voice")
		fmt.Fprintln(stderr, "parameters, pseudonyms and hashed output names, so outputs made with the same")
		fmt.Fprintln(stderr, "key are linkable across runs. Keep it secret; never commit it.")
		fmt.Fprintln(stderr, "Example: callveil keygen -o ~/.config/callveil.key")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if *out == "" || fs.NArg() != 0 {
		fs.Usage()
		return exitUsage
	}
	k, err := anonymize.NewRandomKey()
	if err != nil {
		fmt.Fprintf(stderr, "callveil: %v\n", err)
		return exitFail
	}
	if err := anonymize.WriteKeyFile(*out, k); err != nil {
		fmt.Fprintf(stderr, "callveil: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "wrote a new key to %s (mode 0600)\n", *out)
	return exitOK
}
