// Package testtools holds helpers shared by callveil's tests. It is
// imported by _test.go files only.
package testtools

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// Binary builds a Go command once per test process, for end-to-end tests
// that run it as a subprocess. The zero value is not usable: set Pkg.
type Binary struct {
	// Pkg is the package to build, as "go build" takes it, relative to
	// the test's folder (for example "." or "../cmd/callveil").
	Pkg string

	once sync.Once
	path string
	err  error
}

// Path builds the command on first use, into a temporary folder, and
// returns the executable's path. A build failure fails t.
func (b *Binary) Path(t testing.TB) string {
	t.Helper()
	b.once.Do(func() {
		dir, err := os.MkdirTemp("", "callveil-test-bin-")
		if err != nil {
			b.err = err
			return
		}
		b.path = filepath.Join(dir, "callveil")
		if runtime.GOOS == "windows" {
			b.path += ".exe"
		}
		if out, err := exec.Command("go", "build", "-o", b.path, b.Pkg).CombinedOutput(); err != nil {
			b.err = fmt.Errorf("go build %s: %v\n%s", b.Pkg, err, out)
		}
	})
	require.NoError(t, b.err)
	return b.path
}

// Remove deletes the built executable, if any. Call it from TestMain after
// m.Run.
func (b *Binary) Remove() {
	if b.path != "" {
		os.RemoveAll(filepath.Dir(b.path))
	}
}

// CleanEnv returns the test process's environment without
// CALLVEIL_KEY_FILE, so that a developer's key never reaches a command
// under test.
func CleanEnv() []string {
	var env []string
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "CALLVEIL_KEY_FILE=") {
			env = append(env, e)
		}
	}
	return env
}

// Result is the outcome of one run of a built command.
type Result struct {
	Code           int
	Stdout, Stderr string
}

// Run runs the command with args and waits for it, with CleanEnv plus env
// as its environment. A non-zero exit is reported in Result.Code; a
// failure to start fails t.
func (b *Binary) Run(t testing.TB, env []string, args ...string) Result {
	t.Helper()
	cmd := exec.Command(b.Path(t), args...)
	cmd.Env = append(CleanEnv(), env...)
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return Result{Code: code, Stdout: so.String(), Stderr: se.String()}
}
