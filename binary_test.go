//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

// builtBinary is the real ajar binary, built once for the tests that run it
// as a user would (in a terminal, or without one).
var builtBinary struct {
	once sync.Once
	dir  string
	path string
	err  error
	out  []byte
}

// TestMain removes the binary the tests built.
func TestMain(m *testing.M) {
	code := m.Run()
	if builtBinary.dir != "" {
		os.RemoveAll(builtBinary.dir)
	}
	os.Exit(code)
}

// ajarBinary builds ajar from this folder (CGO off, as shipped) once per
// test run and returns its path. Under qemu-i386 (scripts/test386.sh sets
// AJAR_QEMU) the test is skipped: qemu's user mode crashes the Go runtime
// of a test that waits on a child process, so every test that runs the
// binary runs natively only.
func ajarBinary(t *testing.T) string {
	t.Helper()
	if os.Getenv("AJAR_QEMU") != "" {
		t.Skip("runs the binary as a child process, which qemu-i386 cannot; runs natively")
	}
	b := &builtBinary
	b.once.Do(func() {
		if b.dir, b.err = os.MkdirTemp("", "ajar-bin-"); b.err != nil {
			return
		}
		b.path = filepath.Join(b.dir, "ajar")
		gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(gobin); err != nil {
			gobin = "go"
		}
		cmd := exec.Command(gobin, "build", "-o", b.path, ".")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		b.out, b.err = cmd.CombinedOutput()
	})
	if b.err != nil {
		t.Fatalf("building ajar: %v\n%s", b.err, b.out)
	}
	return b.path
}
