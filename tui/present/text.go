package present

import (
	"ajar/tui/lang"
	"ajar/tui/ui"
)

// presentTextOf is every text of presenter mode, a table like the
// tutor's (package lang): presentTextOf[lang.Text] holds both languages
// side by side (presentTable), presentText one of them.
type presentTextOf[T any] struct {
	keyNext, keyPrev, keyFirst, keyLast, keyJump, keyUp, keyDown T
	// spaceKey and backspaceKey name those keys in help.
	spaceKey, backspaceKey                                              T
	keyReveal, keyTimer, keyContrast, keyHelp, keyQuit                  T
	module, moduleCount, minutes, question, rendering, noSlides, jumpTo T
	pickOne, pickMany, trueFalse, fill, order, hidden                   T
	answer, accepted, rightOrder, explanation, timeLeft, timeUp         T
	match, rightPairs                                                   T
	moreBelow, moreAbove, tooSmall                                      T
	trueWord, falseWord, errorPrefix                                    T
}

// presentText is presenter mode's texts in the interface language.
type presentText = presentTextOf[string]

// presentTexts returns presenter mode's texts; unknown languages get
// Indonesian.
func presentTexts(l ui.Lang) presentText { return lang.Resolve[presentText](presentTable, l) }

// tr is one text of the table: Indonesian, then English.
func tr(id, en string) lang.Text { return lang.Text{ID: id, EN: en} }

// presentTable is every text of presenter mode in both languages.
var presentTable = presentTextOf[lang.Text]{
	keyNext:      tr("berikutnya", "next"),
	keyPrev:      tr("sebelumnya", "previous"),
	keyFirst:     tr("slide pertama", "first slide"),
	keyLast:      tr("slide terakhir", "last slide"),
	keyJump:      tr("ke slide nomor", "go to slide number"),
	keyUp:        tr("gulir naik", "scroll up"),
	keyDown:      tr("gulir turun", "scroll down"),
	spaceKey:     tr("spasi", "space"),
	backspaceKey: tr("hapus", "bksp"),
	keyReveal:    tr("buka/tutup jawaban", "show/hide answer"),
	keyTimer:     tr("mulai/henti hitung mundur", "start/stop countdown"),
	keyContrast:  tr("kontras tinggi", "high contrast"),
	keyHelp:      tr("bantuan", "help"),
	keyQuit:      tr("keluar", "quit"),
	module:       tr("Modul %d", "Module %d"),
	moduleCount:  tr("%d pelajaran · %d menit", "%d lessons · %d min"),
	minutes:      tr("%d menit", "%d minutes"),
	question:     tr("Soal %d dari %d", "Question %d of %d"),
	rendering:    tr("Menyiapkan slide…", "Preparing the slide…"),
	noSlides:     tr("Tidak ada slide untuk ditampilkan.", "No slides to show."),
	jumpTo:       tr("Ke slide: %s", "Go to slide: %s"),
	pickOne:      tr("Pilih satu jawaban.", "Pick one answer."),
	pickMany:     tr("Pilih semua yang benar.", "Pick all that apply."),
	trueFalse:    tr("Benar atau salah?", "True or false?"),
	fill:         tr("Jawab dengan singkat.", "Give a short answer."),
	order:        tr("Susun dalam urutan yang benar.", "Put these in the right order."),
	hidden:       tr("Jawaban masih disembunyikan. Tekan %s untuk membukanya.", "The answer is hidden. Press %s to show it."),
	answer:       tr("Jawaban: %s", "Answer: %s"),
	accepted:     tr("Jawaban yang diterima: %s", "Accepted answers: %s"),
	rightOrder:   tr("Urutan yang benar: %s", "Right order: %s"),
	explanation:  tr("Penjelasan: %s", "Explanation: %s"),
	timeLeft:     tr("Sisa waktu %s", "Time left %s"),
	timeUp:       tr("Waktu habis", "Time's up"),
	moreBelow:    tr("… lanjutan di bawah (%s)", "… more below (%s)"),
	moreAbove:    tr("… lanjutan di atas (%s)", "… more above (%s)"),
	tooSmall:     tr("Jendela terlalu kecil untuk presentasi: perlu %d×%d, sekarang %d×%d.", "Window too small to present: needs %d×%d, now %d×%d."),
	trueWord:     tr("Benar", "True"),
	falseWord:    tr("Salah", "False"),
	errorPrefix:  tr("Galat", "Error"),
	match:        tr("Pasangkan setiap item kiri dengan satu item kanan.", "Match each left item with one right item."),
	rightPairs:   tr("Pasangan yang benar: %s", "Right pairs: %s"),
}
