package lessons

import "strings"

// yamlExplanations says in words what yaml.v3's syntax errors mean for an
// author and how to fix them, in Indonesian and English. The parser's
// messages are few and fixed; any other is shown as it is.
var yamlExplanations = []struct{ prefix, id, en string }{
	{"mapping values are not allowed in this context",
		"ada titik dua (:) di tempat yang tidak terduga; periksa indentasi baris ini, atau beri tanda kutip pada teks yang memuat \": \"",
		"a colon (:) where none is expected; check this line's indentation, or quote text that contains \": \""},
	{"found unexpected end of stream",
		"berkas berakhir sebelum sesuatu ditutup; cari tanda kutip atau kurung yang belum ditutup",
		"the text ends before something was closed; look for an unclosed quote or bracket"},
	{"did not find expected ',' or ']'",
		"daftar [ ... ] tidak ditutup dengan ]; periksa kurung dan komanya",
		"a [ ... ] list is not closed with ]; check its brackets and commas"},
	{"did not find expected ',' or '}'",
		"{ ... } tidak ditutup dengan }; periksa kurung dan komanya",
		"a { ... } is not closed with }; check its braces and commas"},
	{"did not find expected key",
		"indentasi tidak sejajar: baris ini tidak lurus dengan kunci di atasnya",
		"the indentation does not line up: this line is not aligned with the keys above it"},
	{"did not find expected '-' indicator",
		"butir daftar harus diawali \"- \" dengan indentasi yang sama seperti butir lain",
		"list items must start with \"- \" at the same indentation as the others"},
	{"found character that cannot start any token",
		"ada karakter yang tidak boleh mengawali nilai (tab, @ atau `); ganti tab dengan spasi atau beri tanda kutip pada nilainya",
		"a character that cannot start a value (a tab, @ or `); replace tabs with spaces or quote the value"},
	{"found a tab character",
		"tab dipakai untuk indentasi; YAML hanya menerima spasi",
		"a tab is used for indentation; YAML accepts spaces only"},
	{"could not find expected ':'",
		"kunci tanpa titik dua; tulis kunci: nilai",
		"a key without a colon; write key: value"},
	{"did not find expected node content",
		"nilai kosong atau tidak lengkap di sini",
		"a missing or incomplete value here"},
	{"found unknown escape character",
		"garis miring terbalik (\\) di dalam tanda kutip ganda; pakai tanda kutip tunggal, atau tulis \\\\",
		"a backslash (\\) inside double quotes; use single quotes, or write \\\\"},
	{"block sequence entries are not allowed in this context",
		"\"- \" di tempat yang tidak terduga; periksa indentasi daftar",
		"a \"- \" where none is expected; check the list's indentation"},
	{"did not find expected alphabetic or numeric character",
		"ada & atau * yang dibaca sebagai penanda YAML; beri tanda kutip pada nilainya",
		"an & or * read as a YAML marker; quote the value"},
}

// yamlExplain turns a yaml.v3 message into an explanation an author can
// act on, keeping the parser's words at the end for searching.
func yamlExplain(msg string, en bool) string {
	for _, e := range yamlExplanations {
		if strings.HasPrefix(msg, e.prefix) {
			return pick(en, e.en, e.id) + " (" + msg + ")"
		}
	}
	return msg
}
