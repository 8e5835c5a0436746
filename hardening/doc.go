// Package hardening holds callveil's cross-package security tests: the
// hostile-input corpus of testdata/hostile run through every decoder,
// transcript reader and the CLI; faults (a disk that fills up, an output
// folder that cannot be written, inputs that change or vanish mid-run, a
// process killed with SIGKILL); and leak tests that search every byte a CLI
// run produces for the PII of its inputs. SECURITY.md lists which test
// backs which claim.
//
// The package has no API: everything is in its tests. The corpus is
// regenerated with
//
//	go run ./testdata/hostile/gen
package hardening
