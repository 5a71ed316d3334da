package content

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// Writing the sample module into a trainer's folder (`ajar init DIR`).
// What to say about a refusal, and in which language, is the command's:
// here a refusal is a SampleConflict saying what is in the way.

// ConflictKind says what is in the way of the sample module.
type ConflictKind int

const (
	// DirIsFile: the folder named for the module is a file.
	DirIsFile ConflictKind = iota
	// Exists: a sample file is already there and overwriting was not
	// asked for.
	Exists
	// NotRegular: a symbolic link, a folder or a device is where a sample
	// file goes; it is never replaced, even when overwriting.
	NotRegular
	// Unchecked: what is at a sample file's place could not be checked.
	Unchecked
)

// SampleConflict is WriteSample's refusal: something is in the way, and
// nothing was written.
type SampleConflict struct {
	// Kind is what is in the way.
	Kind ConflictKind
	// Path is the file in the way, or the folder for DirIsFile, as a path
	// of the operating system.
	Path string
	// Err is why the place could not be checked, for Unchecked.
	Err error
}

// Error implements error, in English for logs; ajar words it for the user.
func (c *SampleConflict) Error() string {
	switch c.Kind {
	case DirIsFile:
		return c.Path + " is a file, not a folder"
	case Exists:
		return c.Path + " already exists"
	case NotRegular:
		return c.Path + " already exists and is not a regular file"
	}
	return fmt.Sprintf("cannot check %s: %v", c.Path, c.Err)
}

// Unwrap returns the error of an Unchecked conflict.
func (c *SampleConflict) Unwrap() error { return c.Err }

// WriteSample writes the sample module (Sample) into dir, creating it, and
// returns the files written, slash paths relative to dir in walk order.
// It never overwrites a file unless force, and even then it replaces only
// regular files: a trainer's edited module, or a file a link points to,
// must not be lost to a typo. Before writing anything it checks every
// place, so a *SampleConflict means dir is as it was.
func WriteSample(dir string, force bool) ([]string, error) {
	names, err := sampleNames()
	if err != nil {
		return nil, err
	}
	if err := checkTargets(dir, names, force); err != nil {
		return nil, err
	}
	return names, writeFiles(dir, names)
}

// sampleNames lists the files of the sample module, slash paths in walk
// (name) order.
func sampleNames() ([]string, error) {
	var names []string
	err := fs.WalkDir(Sample(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return err
	})
	return names, err
}

// checkTargets returns a conflict for the first file of the sample already
// in dir (unless force) or the first thing other than a regular file in
// the way (always). It writes nothing.
func checkTargets(dir string, names []string, force bool) error {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return &SampleConflict{Kind: DirIsFile, Path: dir}
	}
	for _, n := range names {
		target := filepath.Join(dir, filepath.FromSlash(n))
		info, err := os.Lstat(target)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue
		case err != nil:
			return &SampleConflict{Kind: Unchecked, Path: target, Err: err}
		case !info.Mode().IsRegular():
			return &SampleConflict{Kind: NotRegular, Path: target}
		case !force:
			return &SampleConflict{Kind: Exists, Path: target}
		}
	}
	return nil
}

// writeFiles creates dir and writes the sample files into it through an
// os.Root, so nothing lands outside dir.
func writeFiles(dir string, names []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return err
	}
	defer root.Close()
	for _, n := range names {
		data, err := fs.ReadFile(Sample(), n)
		if err != nil {
			return err
		}
		if err := rootMkdirAll(root, path.Dir(n)); err != nil {
			return err
		}
		f, err := root.OpenFile(filepath.FromSlash(n), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// rootMkdirAll creates the slash path dir and its parents inside root
// (os.Root has no MkdirAll before Go 1.25).
func rootMkdirAll(root *os.Root, dir string) error {
	if dir == "." {
		return nil
	}
	if err := rootMkdirAll(root, path.Dir(dir)); err != nil {
		return err
	}
	err := root.Mkdir(filepath.FromSlash(dir), 0o755)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	return err
}
