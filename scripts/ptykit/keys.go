//go:build unix

package ptykit

import "strings"

// keyBytes are the bytes a terminal in xterm mode sends for named keys.
var keyBytes = map[string]string{
	"enter": "\r", "tab": "\t", "esc": "\x1b", "space": " ", "backspace": "\x7f",
	"up": "\x1b[A", "down": "\x1b[B", "right": "\x1b[C", "left": "\x1b[D",
	"home": "\x1b[H", "end": "\x1b[F", "pgup": "\x1b[5~", "pgdown": "\x1b[6~",
	"ctrl+c": "\x03", "ctrl+d": "\x04",
}

// KeyBytes is what a terminal sends for a key: a name such as "enter",
// "down", "pgdown" or "ctrl+c", or else the text itself ("j", "42").
func KeyBytes(key string) []byte {
	if b, ok := keyBytes[key]; ok {
		return []byte(b)
	}
	return []byte(key)
}

// MergeEnv returns base with changes applied in order: "KEY=VALUE" sets a
// variable, a bare "KEY" removes it. Harnesses use it to pin TERM and to
// drop variables such as CI that make terminal libraries change course.
func MergeEnv(base []string, changes ...string) []string {
	out := append([]string(nil), base...)
	for _, c := range changes {
		key, _, set := strings.Cut(c, "=")
		kept := out[:0]
		for _, kv := range out {
			if k, _, _ := strings.Cut(kv, "="); k != key {
				kept = append(kept, kv)
			}
		}
		out = kept
		if set {
			out = append(out, c)
		}
	}
	return out
}
