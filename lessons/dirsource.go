package lessons

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// The limits of a DirSource. Lessons are a few KiB and a course is a few
// dozen files two folders deep, so these leave ample room while keeping a
// mistaken DIR (a home folder, a disk root) from being read whole.
const (
	// MaxFileSize is the largest file a DirSource reads, in bytes.
	MaxFileSize = 1 << 20
	// MaxEntries is how many files and folders a DirSource looks at in
	// total; the rest is skipped.
	MaxEntries = 2000
	// MaxDepth is how many folder levels below DIR a DirSource enters:
	// DIR/a/b/c/d is read, DIR/a/b/c/d/e is skipped.
	MaxDepth = 4
	// maxListed is how many names of one folder a DirSource reads before
	// it picks the ones it keeps: it keeps the first by name, so which
	// files are left out past MaxEntries does not depend on the order the
	// disk lists them in. A folder with more names than this is cut where
	// the listing stopped.
	maxListed = 8 * MaxEntries
)

// DirSource returns a Source for the folder dir on disk whose FS is
// read-only and safe: it never reads anything outside dir.
//
// DirSource walks dir once, up front, and the FS serves only what that walk
// accepted: folders at most MaxDepth levels down and regular files of at
// most MaxFileSize bytes, MaxEntries in total. Symbolic links are never
// followed (not even ones that stay inside dir), and devices, sockets and
// named pipes are never opened. Each entry skipped for one of these reasons
// is returned as a Problem whose Path is the entry's display path (the
// Source's Name joined with the path inside dir); skipped entries do not
// appear in the FS at all. Past MaxEntries the entries kept in a folder are
// the first by name, and the folders not read whole are listed in the
// Source's Partial, so Load does not report what may be among the rest. Names starting with "." (.git, .DS_Store) are
// ignored without a problem, as Load ignores them anyway.
//
// Paths with ".." elements, absolute paths and anything the walk did not
// accept are refused by the FS. Files are opened through an os.Root, which
// cannot escape dir, and must still be the regular file the walk saw and
// still within MaxFileSize when read.
//
// When dir cannot be opened, every call on the FS fails with that error, so
// Load reports it once as a read problem of the source.
func DirSource(dir string) (Source, []Problem) {
	src := Source{Name: filepath.ToSlash(filepath.Clean(dir))}
	abs, err := filepath.Abs(dir)
	if err != nil {
		src.FS = errFS{err: err}
		return src, nil
	}
	root, err := os.OpenRoot(abs)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		src.FS = errFS{err: err}
		return src, nil
	}
	defer root.Close()
	info, err := root.Stat(".")
	if err != nil {
		src.FS = errFS{err: err}
		return src, nil
	}
	w := &dirWalk{src: src, root: root, nodes: map[string]*dirNode{
		".": {info: info},
	}}
	w.walk(".", 0)
	src.FS = &safeFS{dir: abs, nodes: w.nodes}
	src.Partial = w.partial
	return src, w.probs
}

// SortProblems sorts problems by path, then line, keeping the order of
// problems at the same place: the order Load returns them in. Use it to
// merge the problems of DirSource with those of Load.
func SortProblems(probs []Problem) {
	sort.SliceStable(probs, func(i, j int) bool {
		a, b := probs[i], probs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Line < b.Line
	})
}

// dirNode is one entry the walk accepted.
type dirNode struct {
	// info is the entry as the walk saw it (without following links).
	info fs.FileInfo
	// children are the accepted entries of a folder, sorted by name.
	children []fs.DirEntry
}

// dirWalk accumulates what DirSource's walk finds.
type dirWalk struct {
	src   Source
	root  *os.Root
	nodes map[string]*dirNode
	probs []Problem
	count int  // entries seen so far
	full  bool // MaxEntries was reached; read nothing more
	// partial are the folders not read whole (paths inside dir).
	partial []string
}

// skip records that the entry p (a path inside dir) was skipped.
func (w *dirWalk) skip(p, code string, args ...any) {
	w.probs = append(w.probs, Problem{Path: w.src.display(p), Code: code, Args: args})
}

// failed records that the entry p could not be read.
func (w *dirWalk) failed(p string, err error) {
	w.probs = append(w.probs, readFailure(w.src.display(p), err))
}

// walk reads the folder p, which is depth levels below dir and already in
// w.nodes, and its accepted subfolders.
func (w *dirWalk) walk(p string, depth int) {
	entries, ok := w.list(p)
	node := w.nodes[p]
	var subdirs []string
	for _, e := range entries {
		child := path.Join(p, e.Name())
		switch t := e.Type(); {
		case t&fs.ModeSymlink != 0:
			w.skip(child, CodeSymlink)
			continue
		case t.IsDir():
			if depth+1 > MaxDepth {
				w.skip(child, CodeTooDeep, MaxDepth)
				continue
			}
		case t.IsRegular():
		default:
			w.skip(child, CodeNotRegular)
			continue
		}
		info, err := e.Info() // lstat: still no link followed
		switch {
		case err != nil:
			w.failed(child, err)
			continue
		case info.Mode()&fs.ModeSymlink != 0:
			w.skip(child, CodeSymlink)
			continue
		case info.IsDir() != e.IsDir() || !info.IsDir() && !info.Mode().IsRegular():
			w.skip(child, CodeNotRegular)
			continue
		case !info.IsDir() && info.Size() > MaxFileSize:
			w.skip(child, CodeTooLarge, kib(info.Size()), int64(MaxFileSize/1024))
			continue
		}
		w.nodes[child] = &dirNode{info: info}
		node.children = append(node.children, fs.FileInfoToDirEntry(info))
		if info.IsDir() {
			subdirs = append(subdirs, child)
		}
	}
	if !ok {
		return
	}
	for i, sub := range subdirs {
		if w.full {
			// Listed but never read: nothing is known of what is in them.
			w.partial = append(w.partial, subdirs[i:]...)
			return
		}
		w.walk(sub, depth+1)
	}
}

// list reads the entries of the folder p sorted by name, leaving out names
// that start with "." and counting the others against MaxEntries: past the
// limit, the first by name are kept. ok is false when the folder could not
// be read whole or the limit was reached; the problem is then recorded, the
// folder is marked partial, and entries holds what is kept.
func (w *dirWalk) list(p string) (entries []fs.DirEntry, ok bool) {
	f, err := w.root.Open(p)
	if err != nil {
		w.failed(p, err)
		w.partial = append(w.partial, p)
		return nil, false
	}
	defer f.Close()
	// The folder opened must be the one listed: os.Root keeps it inside
	// dir in any case, this also keeps a swapped-in link from being read.
	if fi, err := f.Stat(); err != nil || !fi.IsDir() || !os.SameFile(fi, w.nodes[p].info) {
		w.skip(p, CodeSymlink)
		return nil, false
	}
	ok = true
	for len(entries) < maxListed {
		batch, err := f.ReadDir(256)
		for _, e := range batch {
			if !strings.HasPrefix(e.Name(), ".") {
				entries = append(entries, e)
			}
		}
		if err == io.EOF || err == nil && len(batch) == 0 {
			break
		}
		if err != nil {
			w.failed(p, err)
			ok = false
			break
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	// maxListed is above MaxEntries, so a folder with more names than
	// were read always ends here too.
	if left := MaxEntries - w.count; len(entries) > left {
		entries = entries[:left]
		w.skip(p, CodeTooMany, MaxEntries)
		w.full, ok = true, false
	}
	w.count += len(entries)
	if !ok {
		w.partial = append(w.partial, p)
	}
	return entries, ok
}

// kib is size in KiB, rounded up.
func kib(size int64) int64 { return (size + 1023) / 1024 }

// safeFS is the FS of a DirSource: the entries its walk accepted.
type safeFS struct {
	dir   string // absolute path of the folder
	nodes map[string]*dirNode
}

// node returns the accepted entry name, refusing every other path.
func (s *safeFS) node(op, name string) (*dirNode, error) {
	if !fs.ValidPath(name) || name != "." && (strings.HasPrefix(name, "/") || hasDotDot(name) ||
		filepath.IsAbs(filepath.FromSlash(name)) || runtime.GOOS == "windows" && strings.ContainsAny(name, `\:`)) {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	n, ok := s.nodes[name]
	if !ok {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
	}
	return n, nil
}

// hasDotDot reports whether the slash-separated name has a ".." element.
// fs.ValidPath already refuses such names; this keeps the rule explicit.
func hasDotDot(name string) bool {
	for _, el := range strings.Split(name, "/") {
		if el == ".." {
			return true
		}
	}
	return false
}

// Open implements fs.FS.
func (s *safeFS) Open(name string) (fs.File, error) {
	n, err := s.node("open", name)
	if err != nil {
		return nil, err
	}
	if n.info.IsDir() {
		return &safeDir{name: name, node: n}, nil
	}
	return s.openFile(name, n)
}

// openFile opens the regular file name through an os.Root and checks that
// it is still the regular file the walk accepted.
func (s *safeFS) openFile(name string, n *dirNode) (fs.File, error) {
	fail := func(err error) (fs.File, error) { return nil, &fs.PathError{Op: "open", Path: name, Err: err} }
	root, err := os.OpenRoot(s.dir)
	if err != nil {
		return fail(err)
	}
	defer root.Close() // the opened file stays valid
	li, err := root.Lstat(filepath.FromSlash(name))
	switch {
	case err != nil:
		return fail(err)
	case !li.Mode().IsRegular():
		return fail(errNotRegular)
	case !os.SameFile(li, n.info):
		return fail(fs.ErrNotExist)
	}
	f, err := root.Open(filepath.FromSlash(name))
	if err != nil {
		return fail(err)
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || !os.SameFile(fi, li) {
		f.Close()
		return fail(errNotRegular)
	}
	if fi.Size() > MaxFileSize {
		f.Close()
		return fail(errTooLarge)
	}
	return &safeFile{f: f, left: MaxFileSize}, nil
}

// ReadFile implements fs.ReadFileFS, reading at most MaxFileSize bytes.
func (s *safeFS) ReadFile(name string) ([]byte, error) {
	f, err := s.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, ok := f.(*safeDir); ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errIsDir}
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	return data, nil
}

// ReadDir implements fs.ReadDirFS.
func (s *safeFS) ReadDir(name string) ([]fs.DirEntry, error) {
	n, err := s.node("readdir", name)
	if err != nil {
		return nil, err
	}
	if !n.info.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errNotDir}
	}
	return append([]fs.DirEntry(nil), n.children...), nil
}

// Stat implements fs.StatFS.
func (s *safeFS) Stat(name string) (fs.FileInfo, error) {
	n, err := s.node("stat", name)
	if err != nil {
		return nil, err
	}
	return n.info, nil
}

var (
	errNotRegular = errors.New("not a regular file")
	errTooLarge   = fmt.Errorf("larger than %d KiB", MaxFileSize/1024)
	errIsDir      = errors.New("is a folder")
	errNotDir     = errors.New("not a folder")
)

// safeFile is an open regular file that yields at most MaxFileSize bytes,
// even when the file grows after it was opened.
type safeFile struct {
	f    *os.File
	left int64
}

// Read implements fs.File.
func (f *safeFile) Read(p []byte) (int, error) {
	if f.left <= 0 {
		var one [1]byte
		n, err := f.f.Read(one[:])
		if n > 0 {
			return 0, errTooLarge
		}
		return 0, err
	}
	if int64(len(p)) > f.left {
		p = p[:f.left]
	}
	n, err := f.f.Read(p)
	f.left -= int64(n)
	return n, err
}

// Stat implements fs.File.
func (f *safeFile) Stat() (fs.FileInfo, error) { return f.f.Stat() }

// Close implements fs.File.
func (f *safeFile) Close() error { return f.f.Close() }

// safeDir is an open folder of a safeFS; it lists the accepted entries.
type safeDir struct {
	name string
	node *dirNode
	off  int
}

// Stat implements fs.File.
func (d *safeDir) Stat() (fs.FileInfo, error) { return d.node.info, nil }

// Read implements fs.File; a folder has no bytes to read.
func (d *safeDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.name, Err: errIsDir}
}

// Close implements fs.File.
func (d *safeDir) Close() error { return nil }

// ReadDir implements fs.ReadDirFile.
func (d *safeDir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.node.children[d.off:]
	if n <= 0 {
		d.off += len(rest)
		return append([]fs.DirEntry(nil), rest...), nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	if n > len(rest) {
		n = len(rest)
	}
	d.off += n
	return append([]fs.DirEntry(nil), rest[:n]...), nil
}

// errFS is the FS of a DirSource whose folder could not be opened.
type errFS struct{ err error }

// Open implements fs.FS.
func (e errFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: e.err}
}
