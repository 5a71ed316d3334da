package lessons

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"hash/fnv"
	"io/fs"
	"sort"
)

// A catalog cache lets the course embedded in the binary start without
// being parsed: parsing its 36 lessons (YAML, Markdown, the checks) took
// about 20 ms of every start, more than any other step. The cache is the
// loaded catalog, gob-encoded, with a hash of the files it came from;
// scripts/gencoursecache writes it (go generate ./content) and a test in
// content fails when it no longer matches what Load gives.

// cacheHeader starts every cache; its version changes with the format.
const cacheHeader = "ajar-catalog/1\n"

// EncodeCatalog returns the cache of c, loaded from fsys alone without
// problems.
func EncodeCatalog(c *Catalog, fsys fs.FS) ([]byte, error) {
	sum, err := treeHash(fsys)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(cacheHeader + sum + "\n")
	if err := gob.NewEncoder(&b).Encode(c); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// DecodeCatalog returns the catalog cached in data, or false when data is
// not a cache of exactly the files in fsys (a lesson was edited since the
// cache was made), in which case the caller loads fsys instead.
func DecodeCatalog(data []byte, fsys fs.FS) (*Catalog, bool) {
	rest, ok := bytes.CutPrefix(data, []byte(cacheHeader))
	if !ok {
		return nil, false
	}
	sum, body, ok := bytes.Cut(rest, []byte("\n"))
	if !ok {
		return nil, false
	}
	if want, err := treeHash(fsys); err != nil || string(sum) != want {
		return nil, false
	}
	var c Catalog
	if err := gob.NewDecoder(bytes.NewReader(body)).Decode(&c); err != nil {
		return nil, false
	}
	return &c, true
}

// treeHash hashes every file of fsys, names and contents, in name order.
func treeHash(fsys fs.FS) (string, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			names = append(names, p)
		} else if !d.IsDir() {
			return errors.New("not a regular file: " + p)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	h := fnv.New128a()
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", err
		}
		h.Write([]byte(name))
		h.Write([]byte{0})
		h.Write(data)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
