package lessons

import (
	"strings"
	"unicode"
)

// Text helpers of the item-writing checks: words folded the way answers are
// compared, phrase search and word-set similarity.

// words splits s into lower-case words without diacritics; every character
// that is not a letter or digit separates words, so "satu-satunya" is the
// two words "satu satunya" and "27.000" is "27 000".
func words(s string) []string {
	return strings.FieldsFunc(NormalizeAnswer(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// findPhrase returns the first phrase of phrases (each written as words
// separated by spaces) that occurs as consecutive words in ws, or "".
func findPhrase(ws []string, phrases []string) string {
	for _, p := range phrases {
		if hasRun(ws, strings.Fields(p)) {
			return p
		}
	}
	return ""
}

// hasRun reports whether needle occurs in hay as consecutive words.
func hasRun(hay, needle []string) bool {
	if len(needle) == 0 || len(needle) > len(hay) {
		return false
	}
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j, w := range needle {
			if hay[i+j] != w {
				continue outer
			}
		}
		return true
	}
	return false
}

// stopWords are function words left out when items are compared, so that
// two items count as alike for what they ask about, not for sharing "yang"
// and "dari". Question words and the usual instructions ("pilih semua yang
// benar") are here too: every item has them.
func stopWords() map[string]bool {
	list := "yang dan di ke dari untuk dengan ini itu adalah ialah atau pada dalam oleh sebagai akan juga " +
		"tidak bukan para ada bisa dapat lebih karena agar supaya mana manakah apa apakah siapa kapan berapa " +
		"bagaimana mengapa menurut pilih semua benar salah berikut paling tepat anda kita kami saya sudah telah " +
		"lalu saat jika bila tersebut tentang secara nya pun hal sebuah seorang suatu kantor " +
		"the a an of to in and or is are was were which what who when how why for on with by be that this " +
		"it as at from all true false select choose correct most best following your you"
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// wordSet is a set of content words.
type wordSet map[string]bool

// contentWords returns the words of the texts that are not stop words.
func contentWords(stop map[string]bool, texts ...string) wordSet {
	set := wordSet{}
	for _, t := range texts {
		for _, w := range words(t) {
			if !stop[w] {
				set[w] = true
			}
		}
	}
	return set
}

// jaccard is the share of words two sets have in common: the size of their
// intersection over the size of their union; 0 when both are empty.
func jaccard(a, b wordSet) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	common := 0
	for w := range a {
		if b[w] {
			common++
		}
	}
	return float64(common) / float64(len(a)+len(b)-common)
}

// absoluteWords are the qualifiers that give away a false true/false
// statement (item-writing guidance: "always", "never", "only" make a
// statement false so often that test-wise learners answer "false" on
// sight). Each is written as its words, as words() splits them.
func absoluteWords() []string {
	return []string{
		"hanya", "hanyalah", "cukup", "selalu", "senantiasa", "langsung", "tidak perlu", "tak perlu", "tidak usah",
		"semua", "semuanya", "segala", "tidak pernah", "tak pernah", "pasti", "sama sekali", "satu satunya",
		"mustahil", "tidak mungkin", "sepenuhnya", "mutlak", "otomatis",
		"only", "always", "never", "all", "none", "every", "must", "completely", "entirely", "solely", "guaranteed",
	}
}

// hedgeWords are the qualifiers that give away a true statement.
func hedgeWords() []string {
	return []string{
		"kadang kadang", "terkadang", "kadangkala", "kadang kala", "ada kalanya", "mungkin", "bisa jadi", "boleh jadi",
		"sometimes", "may", "might", "possibly", "perhaps",
	}
}

// negativeWords mark a stem that asks for the option that does not fit.
func negativeWords() []string {
	return []string{"kecuali", "yang bukan", "tidak termasuk", "except", "which is not", "which does not"}
}

// negativeMarker is the word of a negative phrase that an author writes
// in capitals to mark it: BUKAN, TIDAK, KECUALI, NOT, EXCEPT.
func negativeMarker(phrase string) string {
	switch phrase {
	case "yang bukan":
		return "bukan"
	case "tidak termasuk":
		return "tidak"
	case "which is not", "which does not":
		return "not"
	}
	return phrase
}

// allOrNone reports whether an option is "all of the above", "none of the
// above" or one that points at other options ("A dan B benar").
func allOrNone(text string) bool {
	ws := words(text)
	phrases := []string{
		"semua jawaban", "semua pilihan", "semua opsi", "semua di atas", "semuanya benar", "semua benar",
		"semua pernyataan di atas", "semua yang di atas", "tidak ada yang benar", "tidak ada jawaban",
		"tidak satu pun", "tak satu pun", "tidak ada satu pun", "bukan salah satu di atas",
		"a dan b benar", "a dan c benar", "b dan c benar", "all of the above", "none of the above", "both a and b",
	}
	return findPhrase(ws, phrases) != ""
}

// monthNames are month names in Indonesian and English, lower case.
func monthNames() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("januari februari maret april mei juni juli agustus september oktober november desember " +
		"january february march may june july august october december jan feb mar apr jun jul agu aug sep okt oct nov des dec") {
		m[w] = true
	}
	return m
}

// ordinalWords open an item that states its own position.
func ordinalWords() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh terakhir " +
		"first second third fourth fifth sixth seventh eighth ninth tenth last finally") {
		m[w] = true
	}
	return m
}
