package input

// sequence reads the escape sequence at the start of b (b[0] is ESC) that
// is not a string (see isStringStart). It returns its length, whether it
// is input to keep (a key, the start of a bracketed paste) rather than a
// terminal's reply, and whether it is complete within b.
func sequence(b []byte) (n int, keep, complete bool) {
	if len(b) < 2 {
		return 1, true, false // a lone ESC: the Esc key, or a cut sequence
	}
	if b[1] == '[' {
		return csi(b)
	}
	return 1, true, true // ESC before a key (Alt) or SS3: bubbletea's to parse
}

// isStringStart reports whether b starts an OSC, DCS, APC, PM or SOS
// string. Only terminals send these as input, as replies; dropping them
// also drops Alt+] and friends, which ajar does not use.
func isStringStart(b []byte) bool {
	if len(b) < 2 || b[0] != 0x1b {
		return false
	}
	switch b[1] {
	case ']', 'P', '_', '^', 'X':
		return true
	}
	return false
}

// csi reads a control sequence ESC [ params intermediates final and
// decides whether it is a key or a reply.
func csi(b []byte) (n int, keep, complete bool) {
	i := 2
	for i < len(b) && b[i] >= 0x30 && b[i] <= 0x3f {
		i++
	}
	params := b[2:i]
	for i < len(b) && b[i] >= 0x20 && b[i] <= 0x2f {
		i++
	}
	if i >= len(b) {
		return len(b), true, false
	}
	if b[i] < 0x40 || b[i] > 0x7e {
		return 1, true, true // not a sequence after all: leave it to bubbletea
	}
	return i + 1, !isReply(params, b[i]), true
}

// isReply tells a terminal's report from a key by its private marker and
// final byte. Keys end in A–D, F, H, P–S, Z or ~ with plain parameters;
// reports carry ? > or = (device attributes, mode and keyboard reports),
// or end in R with two numbers (cursor position; this also drops the
// F3 and F15 variants some terminals send as ESC [ 1 ; n R, which ajar
// does not use), c (device attributes),
// n (status), t (window reports) or y (mode reports). The SGR mouse
// marker < stays: bubbletea parses mouse events.
func isReply(params []byte, final byte) bool {
	if len(params) > 0 && (params[0] == '?' || params[0] == '>' || params[0] == '=') {
		return true
	}
	switch final {
	case 'c', 'n', 't', 'y':
		return true
	case 'R':
		for _, c := range params {
			if c == ';' {
				return true
			}
		}
	}
	return false
}
