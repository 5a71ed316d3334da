package progress

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"
)

// This file checks a progress file's structure before ajar trusts it. It
// does what bbolt's tx.Check does (every page reachable exactly once or
// free, page types, keys in order, the freelist in range) but bounded and
// safe on any input: it reads pages with ReadAt instead of through the
// memory map, so a file cut short is an error and never a SIGBUS; it runs
// in the calling goroutine, so nothing escapes recover (tx.Check runs in a
// goroutine of its own); it never follows a page twice, so a damaged
// branch that points back up cannot loop; and every count is checked
// against the file before anything is allocated from it (a damaged
// freelist made tx.Check allocate gigabytes).
//
// The format is bbolt's, version 2, in the byte order of the machine that
// wrote it; every platform ajar ships to is little-endian.

// bbolt's on-disk constants (go.etcd.io/bbolt/internal/common).
const (
	boltMagic          = 0xED0CDAED
	boltVersion        = 2
	pageHeaderSize     = 16
	elementSize        = 16 // branch and leaf elements alike
	bucketHeaderSize   = 16
	metaChecksumOffset = 56 // bytes of the meta covered by its checksum
	flagBranch         = 0x01
	flagLeaf           = 0x02
	flagMeta           = 0x04
	flagFreelist       = 0x10
	leafBucketFlag     = 0x01
	noFreelist         = ^uint64(0)
	maxBucketDepth     = 16 // ajar nests three deep; more is damage
	maxProblems        = 5  // problems named in the error before "and more"
)

// boltMeta is the part of a meta page the check needs.
type boltMeta struct {
	pageSize uint64
	root     uint64
	freelist uint64
	hwm      uint64 // pages in use: the high water mark
	txid     uint64
}

// verifier walks one file.
type verifier struct {
	f        io.ReaderAt
	meta     boltMeta
	seen     []bool // reachable pages found so far
	free     []bool
	problems []string
	hdr      [pageHeaderSize]byte
	spare    [][]byte // page buffers to reuse: a file is read page by page
	// win is a window of the file read ahead: pages of one bucket lie
	// mostly in order, so one read serves many pages (a read per page
	// made the check of a 35 MB file take 85 ms, most of it in syscalls).
	win      []byte
	winStart int64
}

// windowSize is how much of the file one read brings in.
const windowSize = 256 << 10

// readAt fills buf from the file at off, through the read-ahead window.
func (v *verifier) readAt(buf []byte, off int64) error {
	if off >= v.winStart && off+int64(len(buf)) <= v.winStart+int64(len(v.win)) {
		copy(buf, v.win[off-v.winStart:])
		return nil
	}
	if len(buf) > windowSize/2 {
		_, err := v.f.ReadAt(buf, off)
		return err
	}
	if cap(v.win) < windowSize {
		v.win = make([]byte, windowSize)
	}
	n, err := v.f.ReadAt(v.win[:windowSize], off)
	v.win, v.winStart = v.win[:n], off
	if n >= len(buf) {
		copy(buf, v.win)
		return nil
	}
	if err == nil {
		err = io.ErrUnexpectedEOF
	}
	return err
}

// problem records damage; the walk goes on to name a few more.
func (v *verifier) problem(format string, args ...any) {
	v.problems = append(v.problems, fmt.Sprintf(format, args...))
}

// err is the check's result: nil, or ErrCorrupt naming what was found.
func (v *verifier) err() error {
	if len(v.problems) == 0 {
		return nil
	}
	list := v.problems
	more := ""
	if len(list) > maxProblems {
		list, more = list[:maxProblems], fmt.Sprintf("; and %d more", len(v.problems)-maxProblems)
	}
	return corruptf("%s%s", strings.Join(list, "; "), more)
}

// verifyFile checks the whole file at path. An empty file wraps ErrEmpty
// as well as ErrCorrupt.
func verifyFile(path string) error {
	return verifyWith(path, func(v *verifier) {
		v.seen[0], v.seen[1] = true, true
		v.readFreelist()
		if len(v.problems) == 0 {
			v.walkPage(v.meta.root, 0, nil, nil)
		}
		if len(v.problems) == 0 {
			for id := uint64(2); id < v.meta.hwm; id++ {
				if !v.seen[id] && !v.free[id] {
					v.problem("page %d is neither in use nor free", id)
				}
			}
		}
	})
}

// verifyHead checks what bbolt reads when it opens a file for writing -
// both meta pages and the freelist - so that opening can neither crash nor
// allocate without bound. It is quick: it reads no data pages.
func verifyHead(path string) error {
	return verifyWith(path, func(v *verifier) { v.readFreelist() })
}

// verifyWith opens the file at path, reads its meta pages, and runs check
// on a verifier sized for it.
func verifyWith(path string, check func(v *verifier)) (err error) {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	defer func() {
		// The walk checks every bound first; a panic would be a bug in
		// it, and must still not take the learner's session down.
		if r := recover(); r != nil {
			err = corruptf("check stopped: %v", r)
		}
	}()
	v := &verifier{f: f}
	if err := v.readMeta(info.Size()); err != nil {
		return err
	}
	v.seen = make([]bool, v.meta.hwm)
	v.free = make([]bool, v.meta.hwm)
	check(v)
	return v.err()
}

// readMeta reads both meta pages and keeps the valid one with the highest
// transaction id, as bbolt does; the file must hold every page it counts.
func (v *verifier) readMeta(size int64) error {
	if size == 0 {
		return fmt.Errorf("%w: %w", ErrCorrupt, ErrEmpty)
	}
	head := make([]byte, pageHeaderSize+64)
	m0, err0 := v.metaAt(0, head)
	pageSize := uint64(4096)
	if err0 == nil {
		pageSize = m0.pageSize
	}
	m1, err1 := v.metaAt(int64(pageSize), head)
	switch {
	case err0 != nil && err1 != nil:
		return corruptf("no valid meta page (%v; %v)", err0, err1)
	case err0 == nil && (err1 != nil || m0.txid >= m1.txid):
		v.meta = m0
	default:
		v.meta = m1
	}
	m := v.meta
	if need := m.hwm * m.pageSize; m.hwm < 3 || need/m.pageSize != m.hwm || uint64(size) < need {
		return corruptf("file is truncated or damaged: %d bytes, the database needs %d pages of %d", size, m.hwm, m.pageSize)
	}
	if m.root < 2 || m.root >= m.hwm {
		return corruptf("root page %d is outside 2..%d", m.root, m.hwm-1)
	}
	if m.freelist != noFreelist && (m.freelist < 2 || m.freelist >= m.hwm) {
		return corruptf("freelist page %d is outside 2..%d", m.freelist, m.hwm-1)
	}
	return nil
}

// metaAt decodes and validates the meta page at offset off.
func (v *verifier) metaAt(off int64, buf []byte) (boltMeta, error) {
	if _, err := v.f.ReadAt(buf, off); err != nil {
		return boltMeta{}, fmt.Errorf("meta at %d unreadable: %v", off, err)
	}
	le := binary.LittleEndian
	b := buf[pageHeaderSize:]
	if le.Uint16(buf[8:]) != flagMeta {
		return boltMeta{}, fmt.Errorf("page at %d is not a meta page", off)
	}
	if le.Uint32(b[0:]) != boltMagic || le.Uint32(b[4:]) != boltVersion {
		return boltMeta{}, fmt.Errorf("meta at %d: not a bbolt file of version %d", off, boltVersion)
	}
	h := fnv.New64a()
	h.Write(b[:metaChecksumOffset])
	if h.Sum64() != le.Uint64(b[metaChecksumOffset:]) {
		return boltMeta{}, fmt.Errorf("meta at %d: checksum mismatch", off)
	}
	m := boltMeta{pageSize: uint64(le.Uint32(b[8:])), root: le.Uint64(b[16:]),
		freelist: le.Uint64(b[32:]), hwm: le.Uint64(b[40:]), txid: le.Uint64(b[48:])}
	if m.pageSize < 512 || m.pageSize > 1<<16 || m.pageSize&(m.pageSize-1) != 0 {
		return boltMeta{}, fmt.Errorf("meta at %d: page size %d", off, m.pageSize)
	}
	return m, nil
}

// readPage reads page id with its overflow pages and checks its header.
func (v *verifier) readPage(id uint64) ([]byte, bool) {
	hdr := v.hdr[:]
	if err := v.readAt(hdr, int64(id*v.meta.pageSize)); err != nil {
		v.problem("page %d unreadable: %v", id, err)
		return nil, false
	}
	le := binary.LittleEndian
	if got := le.Uint64(hdr); got != id {
		v.problem("page %d calls itself page %d", id, got)
		return nil, false
	}
	overflow := uint64(le.Uint32(hdr[12:]))
	if id+overflow >= v.meta.hwm {
		v.problem("page %d runs %d pages past the end", id, overflow)
		return nil, false
	}
	buf := v.buffer(int((1 + overflow) * v.meta.pageSize))
	if err := v.readAt(buf, int64(id*v.meta.pageSize)); err != nil {
		v.problem("page %d unreadable: %v", id, err)
		return nil, false
	}
	return buf, true
}

// readFreelist marks the free pages, refusing counts the file cannot hold.
func (v *verifier) readFreelist() {
	id := v.meta.freelist
	if id == noFreelist {
		return
	}
	p, ok := v.readPage(id)
	if !ok {
		return
	}
	le := binary.LittleEndian
	if flags := le.Uint16(p[8:]); flags != flagFreelist {
		v.problem("freelist page %d has type %#x", id, flags)
		return
	}
	for i := uint64(0); i*v.meta.pageSize < uint64(len(p)); i++ {
		v.seen[id+i] = true
	}
	idx, count := uint64(0), uint64(le.Uint16(p[10:]))
	if count == 0xFFFF {
		idx, count = 1, le.Uint64(p[pageHeaderSize:])
	}
	if room := (uint64(len(p)) - pageHeaderSize) / 8; count > room-idx || count > v.meta.hwm {
		v.problem("freelist page %d counts %d free pages, more than it or the file can hold", id, count)
		return
	}
	ids := p[pageHeaderSize+idx*8:]
	prev := uint64(0)
	for i := uint64(0); i < count; i++ {
		f := le.Uint64(ids[i*8:])
		switch {
		case f < 2 || f >= v.meta.hwm:
			v.problem("freelist names page %d, outside 2..%d", f, v.meta.hwm-1)
			return
		case v.free[f]:
			v.problem("freelist names page %d twice", f)
			return
		case f < prev:
			v.problem("freelist is out of order at page %d", f)
			return
		}
		v.free[f], prev = true, f
	}
}

// walkPage checks one page of a bucket's tree and everything below it.
// Every key must lie in [lo, hi) (nil means unbounded).
func (v *verifier) walkPage(id uint64, depth int, lo, hi []byte) {
	switch {
	case len(v.problems) >= maxProblems:
		return
	case id < 2 || id >= v.meta.hwm:
		v.problem("page %d is outside 2..%d", id, v.meta.hwm-1)
		return
	case v.seen[id]:
		v.problem("page %d is used twice", id)
		return
	case v.free[id]:
		v.problem("page %d is in use and free", id)
		return
	}
	p, ok := v.readPage(id)
	if !ok {
		return
	}
	for i := uint64(0); i*v.meta.pageSize < uint64(len(p)); i++ {
		if v.seen[id+i] || v.free[id+i] {
			v.problem("overflow page %d of page %d is used twice or free", id+i, id)
			return
		}
		v.seen[id+i] = true
	}
	v.walkNode(p, id, depth, lo, hi)
	v.spare = append(v.spare, p) // the keys in p are not used after this
}

// buffer returns a page buffer of n bytes, reusing a spare one.
func (v *verifier) buffer(n int) []byte {
	for i := len(v.spare) - 1; i >= 0; i-- {
		if b := v.spare[i]; cap(b) >= n {
			v.spare = append(v.spare[:i], v.spare[i+1:]...)
			return b[:n]
		}
	}
	return make([]byte, n)
}

// walkNode checks a branch or leaf node (page id, or 0 for a bucket's
// inline page) and recurses into its children and nested buckets.
func (v *verifier) walkNode(p []byte, id uint64, depth int, lo, hi []byte) {
	name := func() string {
		if id == 0 {
			return "an inline bucket"
		}
		return fmt.Sprintf("page %d", id)
	}
	le := binary.LittleEndian
	flags, count := le.Uint16(p[8:]), int(le.Uint16(p[10:]))
	if flags != flagBranch && flags != flagLeaf {
		v.problem("%s has type %#x where a branch or leaf belongs", name(), flags)
		return
	}
	if pageHeaderSize+count*elementSize > len(p) {
		v.problem("%s counts %d elements, more than it can hold", name(), count)
		return
	}
	if flags == flagBranch && count == 0 {
		v.problem("%s is an empty branch", name())
		return
	}
	var prev []byte
	for i := 0; i < count; i++ {
		at := pageHeaderSize + i*elementSize
		e := p[at : at+elementSize]
		var key, val []byte
		var child uint64
		var isBucket bool
		if flags == flagBranch {
			pos, ksize := uint64(le.Uint32(e[0:])), uint64(le.Uint32(e[4:]))
			if uint64(at)+pos+ksize > uint64(len(p)) {
				v.problem("%s: element %d lies outside the page", name(), i)
				return
			}
			key, child = p[uint64(at)+pos:uint64(at)+pos+ksize], le.Uint64(e[8:])
		} else {
			lflags, pos := le.Uint32(e[0:]), uint64(le.Uint32(e[4:]))
			ksize, vsize := uint64(le.Uint32(e[8:])), uint64(le.Uint32(e[12:]))
			if uint64(at)+pos+ksize+vsize > uint64(len(p)) {
				v.problem("%s: element %d lies outside the page", name(), i)
				return
			}
			start := uint64(at) + pos
			key, val = p[start:start+ksize], p[start+ksize:start+ksize+vsize]
			isBucket = lflags&leafBucketFlag != 0
		}
		switch {
		case prev != nil && bytes.Compare(prev, key) >= 0:
			v.problem("%s: keys out of order at element %d", name(), i)
			return
		case lo != nil && bytes.Compare(key, lo) < 0, hi != nil && bytes.Compare(key, hi) >= 0:
			v.problem("%s: key %d lies outside its parent's range", name(), i)
			return
		}
		prev = key
		if flags == flagBranch {
			var next []byte
			if i+1 < count {
				at2 := pageHeaderSize + (i+1)*elementSize
				pos2, ks2 := uint64(le.Uint32(p[at2:])), uint64(le.Uint32(p[at2+4:]))
				if uint64(at2)+pos2+ks2 <= uint64(len(p)) {
					next = p[uint64(at2)+pos2 : uint64(at2)+pos2+ks2]
				}
			} else {
				next = hi
			}
			// As in bbolt's own check: a child's keys lie from its
			// branch key up to, not including, the next one.
			v.walkPage(child, depth, key, next)
		} else if isBucket {
			v.walkBucket(val, key, depth+1)
		}
		if len(v.problems) >= maxProblems {
			return
		}
	}
}

// walkBucket checks a nested bucket from its header value.
func (v *verifier) walkBucket(val []byte, key []byte, depth int) {
	name := fmt.Sprintf("bucket %q", key)
	if depth > maxBucketDepth {
		v.problem("%s: buckets nested deeper than %d", name, maxBucketDepth)
		return
	}
	if len(val) < bucketHeaderSize {
		v.problem("%s: bucket header is %d bytes", name, len(val))
		return
	}
	root := binary.LittleEndian.Uint64(val)
	if root != 0 {
		v.walkPage(root, depth, nil, nil)
		return
	}
	inline := val[bucketHeaderSize:]
	if len(inline) < pageHeaderSize {
		v.problem("%s: inline bucket is %d bytes", name, len(inline))
		return
	}
	v.walkNode(inline, 0, depth, nil, nil)
}

// ErrEmpty means the progress file exists but holds no bytes: what a crash
// or a full disk leaves while the file is being created. It is never
// taken for a new learner's file. Errors that wrap it wrap ErrCorrupt too.
var ErrEmpty = errors.New("progress file is empty")

// CheckFile checks the structure of the progress file (or backup) at path
// without opening it for writing: nil, or an error wrapping ErrCorrupt
// (and ErrEmpty for an empty file) that says what is wrong.
func CheckFile(path string) error { return verifyFile(path) }
