package main

import (
	"flag"
	"fmt"
	"strings"
)

// parseInterleaved parses args with fs, allowing flags after positional
// arguments ("callveil anonymize calls/ -o out"), which the flag package
// alone does not: it stops at the first non-flag. A "--" ends the flags;
// everything after it is positional.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// listFlag is a comma-separated list flag; repeating the flag appends.
type listFlag []string

// String implements flag.Value.
func (l *listFlag) String() string { return strings.Join(*l, ",") }

// Set implements flag.Value.
func (l *listFlag) Set(s string) error {
	for _, v := range strings.Split(s, ",") {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		*l = append(*l, v)
	}
	return nil
}

// choice checks that v is one of allowed, for flag validation.
func choice(flagName, v string, allowed ...string) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return fmt.Errorf("--%s %q: want one of %s", flagName, v, strings.Join(allowed, ", "))
}
