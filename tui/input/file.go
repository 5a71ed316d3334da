package input

import "os"

// File is a terminal's input file whose Reads are filtered; pass it to
// tea.WithInput in place of os.Stdin.
//
// bubbletea v1 decides how to read its input from the input's type, and
// File keeps every one of those decisions what it is for the bare file:
//
//   - It is a term.File (Read, Write, Close, Fd), so bubbletea puts Fd in
//     raw mode at start and restores it at exit, as for os.Stdin.
//   - It is a cancelreader.File (adds Name), so on Linux, macOS and the
//     BSDs bubbletea's cancel reader waits on Fd (epoll, kqueue, select)
//     and only then calls Read, which is this filter. Read reads once per
//     call and holds back nothing that is ready, so after the wait it never
//     blocks, and quitting can still cancel a pending read: no keypress
//     after exit is swallowed by a read left behind.
//   - On Windows, when Fd is the console's stdin handle, bubbletea reads
//     console input records (key events, not bytes) from the handle with
//     ReadConsoleInput and never calls Read. File then changes nothing:
//     console handling, code pages and the console mode bubbletea sets stay
//     as they are. Replies cannot arrive there as bytes, and ajar sends no
//     query. A multi-line paste into a Windows console arrives as
//     separate key events that cannot be told from typing, so it is not
//     turned into one paste there.
type File struct {
	*Reader
	f *os.File
}

// NewFile filters the input of f, usually os.Stdin.
func NewFile(f *os.File, opts ...Option) *File { return &File{Reader: NewReader(f, opts...), f: f} }

// Write writes to the file; bubbletea does not, but term.File requires it.
func (f *File) Write(p []byte) (int, error) { return f.f.Write(p) }

// Close closes the file.
func (f *File) Close() error { return f.f.Close() }

// Fd is the file's descriptor (on Windows, its handle).
func (f *File) Fd() uintptr { return f.f.Fd() }

// Name is the file's name.
func (f *File) Name() string { return f.f.Name() }
