//go:build !callveil_noazure && linux

package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The test binary plays two parts for TestAzurite_NotOrphaned, chosen by
// these variables in TestMain: a stand-in Azurite (it says it listens,
// then waits to be killed), and a test process that starts it and dies
// without TestMain's stopAzurite, as a test binary does when go test's
// -timeout panics it.
const (
	fakeAzuriteEnv   = "CALLVEIL_TEST_FAKE_AZURITE"
	azuriteOrphanEnv = "CALLVEIL_TEST_AZURITE_DIES"
)

// azuriteProcAttr makes the kernel kill Azurite when the test binary
// ends, however it ends (PR_SET_PDEATHSIG; strictly, when the thread that
// started it ends, which in a Go program without LockOSThread is the
// process's end).
func azuriteProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// azuriteChildParts runs the part the environment names, if any, and
// then exits.
func azuriteChildParts() {
	switch {
	case os.Getenv(azuriteOrphanEnv) != "":
		os.Unsetenv(azuriteOrphanEnv) // the stand-in Azurite plays the other part
		runAzurite()
		if azurite.cmd == nil {
			fmt.Println("no azurite:", azurite.failure)
			os.Exit(1)
		}
		fmt.Println(azurite.cmd.Process.Pid)
		os.Exit(2) // no stopAzurite
	case os.Getenv(fakeAzuriteEnv) != "":
		fmt.Println("Azurite Blob service successfully listens on http://127.0.0.1:1")
		time.Sleep(time.Minute)
		os.Exit(0)
	}
}

// TestAzurite_NotOrphaned: the Azurite process dies with the test binary
// that started it, also when that binary ends without TestMain's cleanup
// (a -timeout panic, a crash): an orphan would keep its port and memory
// and, holding go test's output pipe, could keep go test waiting.
func TestAzurite_NotOrphaned(t *testing.T) {
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), azuriteOrphanEnv+"=1", azuriteEnv+"="+exe, fakeAzuriteEnv+"=1")
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	s := bufio.NewScanner(out)
	var lines []string
	for s.Scan() {
		lines = append(lines, s.Text())
	}
	require.Error(t, cmd.Wait(), "the child exits 2")
	require.NotEmpty(t, lines)
	pid, err := strconv.Atoi(lines[len(lines)-1])
	require.NoError(t, err, "the child's output: %q", lines)
	t.Cleanup(func() { syscall.Kill(pid, syscall.SIGKILL) })
	require.Eventually(t, func() bool { return !alive(pid) }, 5*time.Second, 20*time.Millisecond,
		"the Azurite process outlived the test binary that started it")
}

// alive reports whether process pid runs (a zombie, dead but not yet
// reaped by its new parent, does not).
func alive(pid int) bool {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return false
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if st, ok := strings.CutPrefix(s.Text(), "State:"); ok {
			return !strings.HasPrefix(strings.TrimSpace(st), "Z") && !strings.HasPrefix(strings.TrimSpace(st), "X")
		}
	}
	return false
}
