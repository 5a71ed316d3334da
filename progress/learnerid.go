package progress

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
)

// Learners and files carry ids that are unique across every PC, so a
// trainer who collects reports from many PCs never takes two people for
// one. A learner's id is made once, when the learner is created (or when
// a file from before unique ids is upgraded, see migrate2.go), and never
// changes: a rename changes only the name. The id is never shown to the
// learner; reports carry it.
//
// The format is a version 4 UUID (RFC 9562) in its usual text form,
// "3f2c9a1b-7d4e-4c1a-9b2f-0e6d5c4b3a21": 122 random bits, readable in a
// report and recognised by learning record stores. Ids made from names
// ("ani", "default") by older ajars are not of this form; IsUniqueID tells
// them apart.

// uuidLen is the length of a UUID's text form.
const uuidLen = 36

// NewProfileID returns a new learner's id: a random version 4 UUID from
// crypto/rand. Two calls, on one PC or on two, never give the same id.
func NewProfileID() string {
	id, err := newID(rand.Reader)
	if err != nil {
		// crypto/rand does not fail on the systems Go supports (since Go
		// 1.24 its Read never returns an error).
		panic(err)
	}
	return id
}

// newID makes a version 4 UUID from 16 bytes of r; Open takes r from its
// options so tests can make files that are the same on every run.
func newID(r io.Reader) (string, error) {
	var b [16]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return "", fmt.Errorf("new id: %w", err)
	}
	b[6] = b[6]&0x0f | 0x40 // version 4
	b[8] = b[8]&0x3f | 0x80 // the RFC 9562 variant
	var out [uuidLen]byte
	hex.Encode(out[0:8], b[0:4])
	hex.Encode(out[9:13], b[4:6])
	hex.Encode(out[14:18], b[6:8])
	hex.Encode(out[19:23], b[8:10])
	hex.Encode(out[24:36], b[10:16])
	out[8], out[13], out[18], out[23] = '-', '-', '-', '-'
	return string(out[:]), nil
}

// IsUniqueID reports whether id has the form NewProfileID gives: a
// version 4 UUID in lower-case text. Ids that older ajars made from names
// do not (a name would have to be written exactly like one).
func IsUniqueID(id string) bool {
	if len(id) != uuidLen {
		return false
	}
	for i := 0; i < uuidLen; i++ {
		c := id[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		case 14:
			if c != '4' {
				return false
			}
		case 19:
			if c != '8' && c != '9' && c != 'a' && c != 'b' {
				return false
			}
		default:
			if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
				return false
			}
		}
	}
	return true
}
