//go:build unix

package ptykit

import "strings"

// KeyBytes is what a terminal sends for a key: a name such as "enter",
// "down", "pgdown" or "ctrl+c", or else the text itself ("j", "42").
func KeyBytes(key string) []byte {
	switch key {
	case "enter":
		return []byte("\r")
	case "tab":
		return []byte("\t")
	case "esc":
		return []byte("\x1b")
	case "space":
		return []byte(" ")
	case "backspace":
		return []byte("\x7f")
	case "up":
		return []byte("\x1b[A")
	case "down":
		return []byte("\x1b[B")
	case "right":
		return []byte("\x1b[C")
	case "left":
		return []byte("\x1b[D")
	case "home":
		return []byte("\x1b[H")
	case "end":
		return []byte("\x1b[F")
	case "pgup":
		return []byte("\x1b[5~")
	case "pgdown":
		return []byte("\x1b[6~")
	case "ctrl+c":
		return []byte("\x03")
	case "ctrl+d":
		return []byte("\x04")
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
