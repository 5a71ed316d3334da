package progress

import (
	"strconv"
	"strings"
	"unicode"
)

// maxSlugLen bounds the slug part of a profile ID; a numeric suffix may
// follow, which still fits maxProfileIDLen.
const maxSlugLen = 40

// fallbackSlug is the slug of a name with no letter or digit that folds to
// ASCII, such as one written in another script.
const fallbackSlug = "profile"

// latinFold maps U+00C0..U+017F (Latin-1 Supplement letters and Latin
// Extended-A) to the ASCII letter each is based on. '-' marks the two signs
// in the range (× and ÷), which separate words; '*' marks letters that fold
// to two letters, handled in foldRune. The standard library has no Unicode
// decomposition, and these two blocks cover the names of Indonesian staff
// and of most European languages.
const latinFold = "" +
	"aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y" +
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll" +
	"lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"

// foldRune returns the lower-case ASCII letters or digit r stands for, or
// "" when r is not part of a word (a separator).
func foldRune(r rune) string {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return string(r)
	case r >= 'A' && r <= 'Z':
		return string(r - 'A' + 'a')
	}
	switch r {
	case 'Æ', 'æ':
		return "ae"
	case 'Þ', 'þ':
		return "th"
	case 'ß':
		return "ss"
	case 'Ĳ', 'ĳ':
		return "ij"
	case 'Œ', 'œ':
		return "oe"
	}
	if i := int(r) - 0xC0; i >= 0 && i < len(latinFold) && latinFold[i] != '-' {
		return latinFold[i : i+1]
	}
	return ""
}

// isSilent reports whether r is dropped without separating words: combining
// accents (a name typed in decomposed form, "e" + U+0301) and apostrophes,
// so "Nur'aini" becomes "nuraini", not "nur-aini".
func isSilent(r rune) bool {
	return unicode.Is(unicode.Mn, r) || strings.ContainsRune("'’ʼ`", r)
}

// slug turns a name into lower-case ASCII letters, digits and single '-'
// between words, at most maxSlugLen bytes.
func slug(name string) string {
	var b strings.Builder
	sep := false // a separator is pending
	for _, r := range name {
		if isSilent(r) {
			continue
		}
		s := foldRune(r)
		if s == "" {
			sep = b.Len() > 0
			continue
		}
		if sep {
			b.WriteByte('-')
			sep = false
		}
		b.WriteString(s)
	}
	out := b.String()
	if len(out) > maxSlugLen {
		out = strings.TrimRight(out[:maxSlugLen], "-")
	}
	if out == "" {
		return fallbackSlug
	}
	return out
}

// NewProfileID returns an ID for a new profile called name: a slug of the
// name (lower-case ASCII letters, digits and '-', diacritics stripped, at
// most 40 bytes; "Siti Nur'aini Rahmawati" becomes "siti-nuraini-rahmawati")
// made unique with a numeric suffix ("ani", "ani-2", "ani-3", ...). taken
// reports whether an ID is in use, typically by a profile of Profiles(); it
// must say no to some suffix, and nil means nothing is taken. The ID is
// never shown, so it may keep a learner's old name after a rename.
func NewProfileID(name string, taken func(id string) bool) string {
	if taken == nil {
		taken = func(string) bool { return false }
	}
	base := slug(name)
	if !taken(base) {
		return base
	}
	for n := 2; ; n++ {
		if id := base + "-" + strconv.Itoa(n); !taken(id) {
			return id
		}
	}
}
