package progress

import (
	"bytes"
	"crypto/sha256"
	"strings"
	"testing"
)

// uid is a test learner's unique id, the same for the same name on every
// run, so the tests can name learners ("ani") and still use ids of the
// form NewProfileID gives.
func uid(name string) string {
	sum := sha256.Sum256([]byte(name))
	id, err := newID(bytes.NewReader(sum[:16]))
	if err != nil {
		panic(err)
	}
	return id
}

func TestNewProfileID(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		id := NewProfileID()
		if !IsUniqueID(id) || seen[id] {
			t.Fatalf("NewProfileID() = %q: not a unique id, or given twice", id)
		}
		if err := checkProfileID(id); err != nil {
			t.Fatalf("NewProfileID() = %q, refused as a profile ID: %v", id, err)
		}
		seen[id] = true
	}
	zero, err := newID(bytes.NewReader(make([]byte, 16)))
	mustNil(t, err)
	if zero != "00000000-0000-4000-8000-000000000000" {
		t.Errorf("newID of zero bytes = %q, want the version and variant bits set", zero)
	}
	if _, err := newID(strings.NewReader("short")); err == nil {
		t.Error("newID of 5 bytes must fail")
	}
}

func TestIsUniqueID(t *testing.T) {
	for id, want := range map[string]bool{
		"3f2c9a1b-7d4e-4c1a-9b2f-0e6d5c4b3a21":  true,
		"3f2c9a1b-7d4e-4c1a-8b2f-0e6d5c4b3a21":  true,
		uid("ani"):                              true,
		"default":                               false,
		"ani":                                   false,
		"siti-nuraini-rahmawati":                false,
		"3F2C9A1B-7D4E-4C1A-9B2F-0E6D5C4B3A21":  false, // upper case
		"3f2c9a1b-7d4e-1c1a-9b2f-0e6d5c4b3a21":  false, // version 1
		"3f2c9a1b-7d4e-4c1a-cb2f-0e6d5c4b3a21":  false, // another variant
		"3f2c9a1b7d4e4c1a9b2f0e6d5c4b3a21":      false, // no dashes
		"3f2c9a1b-7d4e-4c1a-9b2f-0e6d5c4b3a2g":  false,
		"3f2c9a1b-7d4e-4c1a-9b2f-0e6d5c4b3a21x": false,
	} {
		if got := IsUniqueID(id); got != want {
			t.Errorf("IsUniqueID(%q) = %v, want %v", id, got, want)
		}
	}
}
