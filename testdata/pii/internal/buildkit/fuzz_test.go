package buildkit

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzBuild feeds arbitrary dialogue files to the parser, layout and checks
// with both sets' options: bad markup must be an error, never a panic.
func FuzzBuild(f *testing.F) {
	f.Add([]byte("@@ 001 lower 2 bank\nA: hi this is [PERSON.agent-intro| teodoro]\nC: <name-word| may> i pay\n"))
	f.Add([]byte("@@ 002 both 1 bank src=x\nA: call {555-0142|five five five oh one four two} at [PHONE.local| 555-0142]\n"))
	f.Add([]byte("@@ 003 cased 2 bank src=x\nA: my card is [CARD.full| 4111 1111 1111 1111], [DOB.numeric| 22-nov-1972]\nC> ok\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "a.txt"), src, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, o := range []Options{blind, peer} {
			_, _ = Build(dir, o, false)
		}
	})
}
