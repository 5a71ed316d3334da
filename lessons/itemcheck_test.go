package lessons

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// quizLesson is a lesson file titled title whose quiz block holds quiz; its
// minutes is 1 so that short test lessons match their estimate.
func quizLesson(id, title, quiz string) string {
	return "---\nid: " + id + "\ntitle: \"" + title + "\"\nminutes: 1\n---\n\nTeks.\n\n```quiz\n" + quiz + "```\n"
}

// codes lists the codes of probs, in order.
func codes(probs []Problem) []string {
	out := make([]string, len(probs))
	for i, p := range probs {
		out[i] = p.Code
	}
	return out
}

// hasProblemCode reports whether probs hold a problem with code.
func hasProblemCode(probs []Problem, code string) bool {
	for _, p := range probs {
		if p.Code == code {
			return true
		}
	}
	return false
}

// TestCheckItemsPerItem runs each check of a single item on a flawed and a
// clean example: the flawed one must get the warning, the clean one must
// get no warning at all.
func TestCheckItemsPerItem(t *testing.T) {
	tests := []struct {
		name, code    string
		title         string
		flawed, clean string
	}{
		{"key much longer than every distractor", CodeKeyLongest, "Disiplin kelima",
			`- id: q1
  type: single
  prompt: "Mengapa berpikir sistem disebut disiplin kelima?"
  options:
    - text: "Karena memadukan keempat disiplin lain menjadi satu kesatuan teori dan praktik."
      correct: true
    - text: "Karena dipelajari paling akhir."
    - text: "Karena hanya untuk unit TI."
  explanation: "E."
`, `- id: q1
  type: single
  prompt: "Mengapa berpikir sistem disebut disiplin kelima?"
  options:
    - text: "Karena ia memadukan keempat disiplin lainnya."
      correct: true
    - text: "Karena ia dipelajari paling akhir oleh pimpinan."
    - text: "Karena ia hanya berlaku untuk unit TI."
  explanation: "E."
`},
		{"multi whose keys are all much longer", CodeKeyLongest, "Tanda phishing",
			`- id: q1
  type: multi
  prompt: "Mana tanda phishing?"
  options:
    - text: "Nada mendesak, misalnya akun akan diblokir dalam 24 jam"
      correct: true
    - text: "Permintaan kata sandi atau kode OTP lewat surel atau pesan"
      correct: true
    - text: "Surel dari rekan"
    - text: "Undangan rapat"
  explanation: "E."
`, `- id: q1
  type: multi
  prompt: "Mana tanda phishing?"
  options:
    - text: "Nada mendesak: akun diblokir dalam 24 jam"
      correct: true
    - text: "Permintaan kata sandi atau kode OTP"
      correct: true
    - text: "Undangan rapat yang sudah dikonfirmasi"
    - text: "Surel dari domain resmi tanpa permintaan"
  explanation: "E."
`},
		{"short numbers are not a length cue", CodeKeyLongest, "Peringkat",
			`- id: q1
  type: single
  prompt: "Peringkat Indonesia pada 2024?"
  options:
    - text: "Peringkat 64 dari 193 negara, kelompok sangat tinggi"
      correct: true
    - text: "77"
    - text: "88"
  explanation: "E."
`, `- id: q1
  type: single
  prompt: "Peringkat Indonesia pada 2024?"
  options:
    - text: "64"
      correct: true
    - text: "107"
    - text: "88"
  explanation: "E."
`},
		{"absolute word in a true/false statement", CodeAbsoluteWord, "Kata sandi",
			`- id: q1
  type: truefalse
  prompt: "Kata sandi cukup diganti setiap 90 hari agar aman."
  answer: false
  explanation: "E."
`, `- id: q1
  type: truefalse
  prompt: "NIST SP 800-63B menganjurkan penggantian kata sandi bila ada bukti kebocoran."
  answer: true
  explanation: "E."
`},
		{"absolute phrase of two words", CodeAbsoluteWord, "Kata sandi",
			`- id: q1
  type: truefalse
  prompt: "Pegawai tidak perlu memahami SPBE."
  answer: false
  explanation: "E."
`, `- id: q1
  type: truefalse
  prompt: "Pegawai bidang layanan ikut menjalankan SPBE."
  answer: true
  explanation: "E."
`},
		{"hedging word in a true statement", CodeHedgeWord, "Pola",
			`- id: q1
  type: truefalse
  prompt: "Solusi cepat mungkin menimbulkan masalah baru."
  answer: true
  explanation: "E."
`, `- id: q1
  type: truefalse
  prompt: "Dalam pola perbaikan yang gagal, efek samping solusi cepat kembali dan memperburuk masalah."
  answer: true
  explanation: "E."
`},
		{"fill answer printed in the prompt", CodeAnswerInPrompt, "Peran pemimpin",
			`- id: q1
  type: fill
  prompt: "Senge menyebut tiga peran pemimpin: perancang, guru, dan … (steward)"
  accept: ["pengurus", "steward"]
  explanation: "E."
`, `- id: q1
  type: fill
  prompt: "Pemimpin yang menempatkan tujuan layanan di atas citranya sendiri menjalankan peran …"
  accept: ["pengurus", "steward"]
  explanation: "E."
`},
		{"fill answer printed in the lesson title", CodeAnswerInPrompt, "Tujuh hambatan belajar",
			`- id: q1
  type: fill
  prompt: "Berapa hambatan belajar yang dicatat Senge?"
  accept: ["7", "tujuh"]
  explanation: "E."
`, `- id: q1
  type: fill
  prompt: "Hambatan ketika orang hanya melihat tugasnya sendiri disebut saya adalah …"
  accept: ["jabatan saya"]
  explanation: "E."
`},
		{"single key printed in the prompt", CodeAnswerInPrompt, "Alat berpikir",
			`- id: q1
  type: single
  prompt: "Teknik kolom kiri berasal dari Argyris. Teknik apa yang menulis pikiran tersembunyi?"
  options:
    - text: "Kolom kiri"
      correct: true
    - text: "Tangga inferensi"
  explanation: "E."
`, `- id: q1
  type: single
  prompt: "Teknik apa yang menulis pikiran yang tidak diucapkan di samping percakapan?"
  options:
    - text: "Kolom kiri"
      correct: true
    - text: "Tangga inferensi"
  explanation: "E."
`},
		{"order items that carry their year", CodeOrderDated, "Regulasi",
			`- id: q1
  type: order
  prompt: "Urutkan dari yang paling awal."
  items:
    - "Perpres 95/2018 tentang SPBE"
    - "Perpres 132/2022 tentang Arsitektur SPBE"
    - "UU 20/2023 tentang ASN, berlaku 31 Oktober"
  explanation: "E."
`, `- id: q1
  type: order
  prompt: "Urutkan langkah menanggapi pesan phishing."
  items:
    - "Tidak mengklik dan tidak membalas"
    - "Memeriksa lewat kanal resmi"
    - "Melaporkan ke unit TI"
  explanation: "E."
`},
		{"order items that carry a day and month", CodeOrderDated, "UU PDP",
			`- id: q1
  type: order
  prompt: "Urutkan tonggak UU PDP."
  items:
    - "Disetujui DPR, 20 September"
    - "Diundangkan, 17 Oktober"
  explanation: "E."
`, `- id: q1
  type: order
  prompt: "Urutkan tonggak UU PDP."
  items:
    - "Disetujui DPR"
    - "Diundangkan"
  explanation: "E."
`},
		{"order items numbered by hand", CodeOrderNumbered, "Kolom kiri",
			`- id: q1
  type: order
  prompt: "Urutkan langkah teknik kolom kiri."
  items:
    - "1. Pilih percakapan sulit"
    - "2. Tulis yang diucapkan"
    - "3. Tulis yang dipikirkan"
  explanation: "E."
`, `- id: q1
  type: order
  prompt: "Urutkan langkah teknik kolom kiri."
  items:
    - "Pilih percakapan sulit"
    - "Tulis yang diucapkan"
    - "Tulis yang dipikirkan"
  explanation: "E."
`},
		{"all of the above", CodeAllNone, "SPBE",
			`- id: q1
  type: single
  prompt: "Prinsip SPBE?"
  options:
    - text: "Keterpaduan"
    - text: "Interoperabilitas"
    - text: "Semua jawaban di atas benar"
      correct: true
  explanation: "E."
`, `- id: q1
  type: single
  prompt: "Prinsip SPBE mana yang dilanggar bila dua sistem tidak bisa bertukar data?"
  options:
    - text: "Interoperabilitas"
      correct: true
    - text: "Kesinambungan"
    - text: "Akuntabilitas"
  explanation: "E."
`},
		{"none of the above", CodeAllNone, "SPBE",
			`- id: q1
  type: single
  prompt: "Prinsip SPBE?"
  options:
    - text: "Sentralisasi"
    - text: "Keseragaman vendor"
    - text: "Tidak satu pun di atas"
      correct: true
  explanation: "E."
`, `- id: q1
  type: single
  prompt: "Prinsip SPBE?"
  options:
    - text: "Interoperabilitas"
      correct: true
    - text: "Sentralisasi"
  explanation: "E."
`},
		{"negative stem in lower case", CodeNegativeStem, "BerAKHLAK",
			`- id: q1
  type: single
  prompt: "Manakah yang bukan nilai BerAKHLAK?"
  options:
    - text: "Inovatif"
      correct: true
    - text: "Harmonis"
  explanation: "E."
`, `- id: q1
  type: single
  prompt: "Manakah yang BUKAN nilai BerAKHLAK?"
  options:
    - text: "Inovatif"
      correct: true
    - text: "Harmonis"
  explanation: "E."
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			flawed := CheckItems(mustLoad(t, lessonFS(quizLesson("l1", tt.title, tt.flawed))))
			if !hasProblemCode(flawed, tt.code) {
				t.Errorf("flawed example: want %s, got %v", tt.code, codes(flawed))
			}
			for _, p := range flawed {
				if !p.Warning || p.Line == 0 || p.Path != "m1/01-l.md" {
					t.Errorf("warning %s should be a positioned warning in m1/01-l.md: %+v", p.Code, p)
				}
			}
			if clean := CheckItems(mustLoad(t, lessonFS(quizLesson("l1", tt.title, tt.clean)))); len(clean) > 0 {
				t.Errorf("clean example got warnings:%s", formatAll(clean))
			}
		})
	}
}

// tfQuiz returns n true/false questions with ids p1, p2, ..., the first
// trues of them true.
func tfQuiz(prefix string, n, trues int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "- id: %s%d\n  type: truefalse\n  prompt: \"Pernyataan nomor %d tentang pokok %s %d.\"\n  answer: %v\n  explanation: \"E.\"\n",
			prefix, i, i, prefix, i*7, i <= trues)
	}
	return b.String()
}

// TestCheckItemsTrueFalseBalance checks the per-module share of true
// answers, reported on the module's module.yaml.
func TestCheckItemsTrueFalseBalance(t *testing.T) {
	tests := []struct {
		n, trues int
		warn     bool
	}{
		{4, 0, true}, {4, 1, true}, {4, 2, false}, {5, 2, false}, {5, 1, true},
		{6, 2, true}, {6, 3, false}, {1, 0, false}, {2, 0, true}, {15, 6, false}, {15, 5, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d of %d true", tt.trues, tt.n), func(t *testing.T) {
			probs := CheckItems(mustLoad(t, lessonFS(quizLesson("l1", "Judul", tfQuiz("q", tt.n, tt.trues)))))
			var got []Problem
			for _, p := range probs {
				if p.Code == CodeTrueFalseBalance {
					got = append(got, p)
				}
			}
			if (len(got) > 0) != tt.warn {
				t.Fatalf("tf-balance warning = %v, want %v:%s", len(got) > 0, tt.warn, formatAll(probs))
			}
			if tt.warn && (got[0].Path != "m1/module.yaml" || fmt.Sprint(got[0].Args) != fmt.Sprint([]any{tt.trues, tt.n - tt.trues})) {
				t.Errorf("warning = %+v, want it on m1/module.yaml with the counts", got[0])
			}
		})
	}
}

// TestCheckItemsDuplicates checks that a repeat is found across modules
// and folders, reported once at its second place, and that items which only
// share a generic prompt are not.
func TestCheckItemsDuplicates(t *testing.T) {
	same := `- id: %s
  type: multi
  prompt: "Menurut Pasal 31 UU 20/2023, manajemen ASN antara lain meliputi …"
  options:
    - text: "Pengembangan kompetensi"
      correct: true
    - text: "Pengembangan talenta dan karier"
      correct: true
    - text: "Penetapan tunjangan oleh DPRD"
  explanation: "E."
`
	sameStem := `- id: %s
  type: multi
  prompt: "Menurut Pasal 31 UU 20/2023, manajemen ASN antara lain meliputi …"
  options:
    - text: "Perencanaan kebutuhan"
      correct: true
    - text: "Pemberhentian"
      correct: true
    - text: "Lomba poster nilai"
  explanation: "E."
`
	order := `- id: %s
  type: order
  prompt: "Urutkan langkah berikut."
  items:
%s  explanation: "E."
`
	matching := `- id: %s
  type: matching
  prompt: "Pasangkan istilah dengan artinya."
  pairs:
%s  explanation: "E."
`
	tests := []struct {
		name   string
		a, b   string
		repeat bool
	}{
		{"same pairs", fmt.Sprintf(matching, "a1", "    - {left: \"Dialog\", right: \"Memahami bersama\"}\n    - {left: \"Diskusi\", right: \"Memutuskan\"}\n"),
			fmt.Sprintf(matching, "b1", "    - {left: \"Dialog\", right: \"Memahami bersama\"}\n    - {left: \"Diskusi\", right: \"Memutuskan\"}\n"), true},
		{"generic matching prompt, other pairs", fmt.Sprintf(matching, "a1", "    - {left: \"Dialog\", right: \"Memahami bersama\"}\n    - {left: \"Diskusi\", right: \"Memutuskan\"}\n"),
			fmt.Sprintf(matching, "b1", "    - {left: \"SPBE\", right: \"Tata kelola digital\"}\n    - {left: \"SAKIP\", right: \"Akuntabilitas kinerja\"}\n"), false},
		{"same prompt and options", fmt.Sprintf(same, "a1"), fmt.Sprintf(same, "b1"), true},
		{"same prompt, other options", fmt.Sprintf(same, "a1"), fmt.Sprintf(sameStem, "b1"), true},
		{"same true/false statement", tfQuiz("a", 1, 1), strings.Replace(tfQuiz("a", 1, 1), "id: a1", "id: b1", 1), true},
		{"same order items", fmt.Sprintf(order, "a1", "    - \"Data yang teramati\"\n    - \"Data yang dipilih\"\n    - \"Makna\"\n"),
			fmt.Sprintf(order, "b1", "    - \"Data yang teramati\"\n    - \"Data yang dipilih\"\n    - \"Makna\"\n"), true},
		{"generic order prompt, other items", fmt.Sprintf(order, "a1", "    - \"Data yang teramati\"\n    - \"Data yang dipilih\"\n    - \"Makna\"\n"),
			fmt.Sprintf(order, "b1", "    - \"Jangan klik\"\n    - \"Verifikasi\"\n    - \"Laporkan\"\n"), false},
		{"different questions", fmt.Sprintf(same, "a1"), tfQuiz("b", 1, 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"m1/module.yaml": moduleYAML("m1", 1),
				"m1/01-a.md":     file(quizLesson("la", "Pelajaran A", tt.a)),
			}
			other := fstest.MapFS{
				"module.yaml": moduleYAML("m2", 2),
				"01-b.md":     file(quizLesson("lb", "Pelajaran B", tt.b)),
			}
			c, probs := Load(Source{Name: "kursus", FS: fsys}, Source{Name: "pelatih", FS: other})
			if len(probs) > 0 {
				t.Fatalf("load:%s", formatAll(probs))
			}
			var got []Problem
			for _, p := range CheckItems(c) {
				if p.Code == CodeNearDuplicate {
					got = append(got, p)
				}
			}
			if (len(got) > 0) != tt.repeat {
				t.Fatalf("near-duplicate = %v, want %v", got, tt.repeat)
			}
			if tt.repeat {
				if len(got) != 1 || got[0].Path != "pelatih/01-b.md" || got[0].Args[1] != "kursus/m1/01-a.md:10" {
					t.Errorf("got %+v, want one warning in pelatih/01-b.md naming kursus/m1/01-a.md:10", got)
				}
			}
		})
	}
}

// TestCheckItemsMinutes checks that `minutes` must match reading plus
// answering time within a minute, and that the warning names the key's
// line and the estimate.
func TestCheckItemsMinutes(t *testing.T) {
	// 5 minutes of reading, in lines the content limits accept.
	body := strings.Repeat(strings.Repeat("kata ", 100)+"\n", 7)
	quiz := tfQuiz("q", 2, 1)
	lesson := func(minutes int) string {
		return fmt.Sprintf("---\nid: l1\ntitle: Judul\nminutes: %d\n---\n\n%s\n\n```quiz\n%s```\n", minutes, body, quiz)
	}
	c := mustLoad(t, lessonFS(lesson(6)))
	total, reading, answering := LessonTime(c.Lesson("l1"))
	if reading != 5 || answering != 1 || total != 6 {
		t.Fatalf("LessonTime = %d (%d + %d), want 6 (5 + 1)", total, reading, answering)
	}
	for _, tt := range []struct {
		minutes int
		warn    bool
	}{{6, false}, {5, false}, {7, false}, {4, true}, {8, true}} {
		probs := CheckItems(mustLoad(t, lessonFS(lesson(tt.minutes))))
		if hasProblemCode(probs, CodeMinutes) != tt.warn {
			t.Errorf("minutes %d: warnings %v, want minutes-estimate %v", tt.minutes, codes(probs), tt.warn)
		}
		for _, p := range probs {
			if p.Code == CodeMinutes && (p.Line != 4 || p.Args[1] != 6) {
				t.Errorf("minutes warning at line %d with %v, want line 4 and estimate 6", p.Line, p.Args)
			}
		}
	}
}

// TestWarningFormat checks the label warnings carry in both languages.
func TestWarningFormat(t *testing.T) {
	p := Problem{Path: "m/01.md", Line: 12, Code: CodeAnswerInPrompt, Args: []any{"tujuh", spotTitle}, Warning: true}
	if got, want := p.Format(Indonesian), `m/01.md:12: peringatan: jawaban "tujuh" sudah tertulis di judul pelajaran, jadi bisa disalin tanpa memahami; ubah pertanyaannya agar jawaban tidak terlihat`; got != want {
		t.Errorf("id:\n%s\nwant\n%s", got, want)
	}
	if got, want := p.Format(English), `m/01.md:12: warning: the answer "tujuh" is already written in the lesson title, so it can be copied without understanding; ask in a way that does not show it`; got != want {
		t.Errorf("en:\n%s\nwant\n%s", got, want)
	}
	m := Problem{Path: "m/01.md", Line: 4, Code: CodeMinutes, Args: []any{4, 7, 4, 3, 6}, Warning: true}
	if got, want := m.Format(English), `m/01.md:4: warning: "minutes" is 4, but the lesson takes about 7 minutes: about 4 to read and 3 to answer its 6 questions; write minutes: 7`; got != want {
		t.Errorf("minutes:\n%s\nwant\n%s", got, want)
	}
}
