package gift

import (
	"reflect"
	"strings"
	"testing"

	"ajar/lessons"
)

// opt is a shorthand for an option in the expected questions.
func opt(text string, correct bool, feedback string) lessons.Option {
	return lessons.Option{Text: text, Correct: correct, Feedback: feedback}
}

// TestParseEveryConstruct reads each GIFT construct Moodle documents, with
// Indonesian examples, into the ajar question it maps to.
func TestParseEveryConstruct(t *testing.T) {
	tests := []struct {
		name, src string
		want      lessons.Question
		itemName  string
		category  string
		warned    bool
	}{
		{"single choice with feedback and general feedback", `// komentar diabaikan
::ibu-kota::Ibu kota Provinsi Jawa Barat adalah {
	=Bandung#Tepat, Bandung.
	~Semarang#Semarang ibu kota Jawa Tengah.
	~Surabaya
	####Bandung menjadi ibu kota sejak masa kolonial.
}`, lessons.Question{Type: lessons.Single, Prompt: "Ibu kota Provinsi Jawa Barat adalah",
			Options:     []lessons.Option{opt("Bandung", true, "Tepat, Bandung."), opt("Semarang", false, "Semarang ibu kota Jawa Tengah."), opt("Surabaya", false, "")},
			Explanation: "Bandung menjadi ibu kota sejak masa kolonial."}, "ibu-kota", "", false},
		{"true, short", `UU ASN terbaru adalah UU 20/2023.{T}`, lessons.Question{Type: lessons.TrueFalse, Prompt: "UU ASN terbaru adalah UU 20/2023.", Answer: true}, "", "", false},
		{"false with both feedbacks", `Berpikir sistem adalah disiplin pertama Senge. {FALSE#Bukan, itu disiplin kelima.#Benar, itu yang kelima.}`,
			lessons.Question{Type: lessons.TrueFalse, Prompt: "Berpikir sistem adalah disiplin pertama Senge.", Answer: false,
				FeedbackTrue: "Bukan, itu disiplin kelima.", FeedbackFalse: "Benar, itu yang kelima."}, "", "", false},
		{"multiple answers with weights", `Pilih dua nilai BerAKHLAK. {
	~%50%Berorientasi pelayanan
	~%50%Akuntabel
	~%-100%Birokratis
}`, lessons.Question{Type: lessons.Multi, Prompt: "Pilih dua nilai BerAKHLAK.",
			Options: []lessons.Option{opt("Berorientasi pelayanan", true, ""), opt("Akuntabel", true, ""), opt("Birokratis", false, "")}}, "", "", false},
		{"uneven weights warn", `Pilih yang tepat. {~%70%Satu ~%30%Dua ~%-100%Tiga}`, lessons.Question{Type: lessons.Multi, Prompt: "Pilih yang tepat.",
			Options: []lessons.Option{opt("Satu", true, ""), opt("Dua", true, ""), opt("Tiga", false, "")}}, "", "", true},
		{"short answer with alternatives", `Disiplin kelima disebut {=berpikir sistem =systems thinking}.`,
			lessons.Question{Type: lessons.Fill, Prompt: "Disiplin kelima disebut ___.", Accept: []string{"berpikir sistem", "systems thinking"}}, "", "", false},
		{"short answer with partial credit warns", `Sebutkan satu pilar SPBE. {=Tata kelola =%50%Aplikasi}`,
			lessons.Question{Type: lessons.Fill, Prompt: "Sebutkan satu pilar SPBE.", Accept: []string{"Tata kelola"}}, "", "", true},
		{"numerical exact", `Tahun UU ASN terbaru? {#2023}`, lessons.Question{Type: lessons.Fill, Prompt: "Tahun UU ASN terbaru?", Accept: []string{"2023"}}, "", "", false},
		{"numerical exact with zero tolerance", `Berapa disiplin dalam buku Senge? {#5:0}`, lessons.Question{Type: lessons.Fill, Prompt: "Berapa disiplin dalam buku Senge?", Accept: []string{"5"}}, "", "", false},
		{"missing word", `Pancasila disahkan pada tanggal {=18 Agustus ~17 Agustus} 1945.`,
			lessons.Question{Type: lessons.Single, Prompt: "Pancasila disahkan pada tanggal ___ 1945.", Options: []lessons.Option{opt("18 Agustus", true, ""), opt("17 Agustus", false, "")}}, "", "", false},
		{"matching", `Pasangkan jabatan dengan tugasnya. {=Kepala -> Memimpin =Sekretaris -> Mencatat =Bendahara -> Membayar}`,
			lessons.Question{Type: lessons.Matching, Prompt: "Pasangkan jabatan dengan tugasnya.",
				Pairs: []lessons.Pair{{Left: "Kepala", Right: "Memimpin"}, {Left: "Sekretaris", Right: "Mencatat"}, {Left: "Bendahara", Right: "Membayar"}}}, "", "", false},
		{"matching drops an extra right answer with a warning", `Pasangkan. {=Kepala -> Memimpin =Sekretaris -> Mencatat = -> Menyapu}`,
			lessons.Question{Type: lessons.Matching, Prompt: "Pasangkan.",
				Pairs: []lessons.Pair{{Left: "Kepala", Right: "Memimpin"}, {Left: "Sekretaris", Right: "Mencatat"}}}, "", "", true},
		{"numbered matching is an ordering", `Urutkan tahapan. {=1 -> Rencana =2 -> Lakukan =3 -> Periksa =4 -> Tindak}`,
			lessons.Question{Type: lessons.Order, Prompt: "Urutkan tahapan.", Items: []string{"Rencana", "Lakukan", "Periksa", "Tindak"}}, "", "", false},
		{"escapes", `::soal-escape::Rumus \{a\} \= b\: c \~ d \# e? {=ya\=tidak ~tidak}`,
			lessons.Question{Type: lessons.Single, Prompt: "Rumus {a} = b: c ~ d # e?", Options: []lessons.Option{opt("ya=tidak", true, ""), opt("tidak", false, "")}}, "soal-escape", "", false},
		{"html reduced to markdown", `[html]<p>Mana yang <b>benar</b>?</p><script>alert(1)</script>{=Ini ~Itu}`,
			lessons.Question{Type: lessons.Single, Prompt: "Mana yang **benar**?", Options: []lessons.Option{opt("Ini", true, ""), opt("Itu", false, "")}}, "", "", false},
		{"markdown kept", `[markdown]Apa arti *SPBE*?{=Sistem Pemerintahan Berbasis Elektronik}`,
			lessons.Question{Type: lessons.Fill, Prompt: "Apa arti *SPBE*?", Accept: []string{"Sistem Pemerintahan Berbasis Elektronik"}}, "", "", false},
		{"category", "$CATEGORY: $course$/top/Modul Uji/Pelajaran Satu\n\nDua tambah dua? {#4}",
			lessons.Question{Type: lessons.Fill, Prompt: "Dua tambah dua?", Accept: []string{"4"}}, "", "$course$/top/Modul Uji/Pelajaran Satu", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, issues := Parse(tt.src)
			if len(items) != 1 {
				t.Fatalf("%d items, issues %+v", len(items), issues)
			}
			it := items[0]
			if !reflect.DeepEqual(it.Question, tt.want) {
				t.Errorf("got  %+v\nwant %+v", it.Question, tt.want)
			}
			if it.Name != tt.itemName || it.Category != tt.category || it.Warned != tt.warned || (len(issues) > 0) != tt.warned {
				t.Errorf("name %q category %q warned %v issues %+v", it.Name, it.Category, it.Warned, issues)
			}
		})
	}
}

// TestParseSkipsWhatCannotMap: what has no ajar type, or is malformed, is
// reported with its line and skipped, never dropped silently, and the
// questions around it still load.
func TestParseSkipsWhatCannotMap(t *testing.T) {
	tests := []struct{ name, src, says string }{
		{"essay", "Ceritakan pengalaman Anda. {}", "esai"},
		{"description", "Bagian ini membahas SPBE.", "deskripsi"},
		{"tolerance", "Nilai pi? {#3.14:0.01}", "toleransi"},
		{"range", "Angka antara? {#1..5}", "rentang"},
		{"matching with one pair", "Jodohkan. {=Jakarta -> DKI = -> Jabar}", "menjodohkan perlu 2"},
		{"matching with a right side twice", "Jodohkan. {=Bandung -> Jawa Barat =Bogor -> Jawa Barat}", "dua kali"},
		{"matching mixed with choices", "Jodohkan. {=Jakarta -> DKI ~Bandung}", "hanya berisi pasangan"},
		{"unclosed brace", "Soal tanpa penutup {=a ~b", "tidak ditutup"},
		{"stray brace", "Soal {=a ~b} lalu }", "berlebih"},
		{"bad weight", "Soal {~%abc%a ~b}", "bobot"},
		{"empty answer", "Soal {= ~b}", "kosong"},
		{"unclosed name", "::nama tanpa penutup Soal {T}", "nama soal"},
		{"no right answer", "Soal {~a ~b}", "tidak ada jawaban benar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "Pertama? {T}\n\n// komentar\n" + tt.src + "\n\nTerakhir? {F}\n"
			items, issues := Parse(src)
			if len(items) != 2 {
				t.Fatalf("the questions around it must load: %d items, %+v", len(items), issues)
			}
			if len(issues) != 1 || !issues[0].Skipped || issues[0].Line != 4 || !strings.Contains(issues[0].ID, tt.says) || issues[0].EN == "" {
				t.Fatalf("issues %+v, want one skip on line 4 saying %q", issues, tt.says)
			}
			if got := issues[0].Format("bank.gift", lessons.Indonesian); !strings.HasPrefix(got, "bank.gift:4: dilewati: ") {
				t.Errorf("formatted %q", got)
			}
		})
	}
}

// FuzzParse: no input makes Parse panic, and every item it returns is a
// question of a known type with a prompt.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"::a::b{=c ~d#e ####f}", "{T}", "x{#1..2}", "[html]<b>x</b>{=y}", "{", "}", "\\", "::", "$CATEGORY:", "a{=1 -> b =2 -> c}", "a{~%50%b ~%50%c}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		items, _ := Parse(src)
		for _, it := range items {
			q := it.Question
			if q.Prompt == "" || !validType(q.Type) {
				t.Fatalf("item %+v", it)
			}
		}
	})
}

// validType reports whether t is one of ajar's question types.
func validType(t lessons.QuestionType) bool {
	for _, v := range lessons.QuestionTypes() {
		if v == t {
			return true
		}
	}
	return false
}
