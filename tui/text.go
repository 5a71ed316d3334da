package tui

import (
	"ajar/lessons"
	"fmt"
	"time"

	"github.com/charmbracelet/lipgloss"

	"ajar/tui/lang"
	"ajar/tui/ui"
)

// Lang selects the interface language; see ui.Lang.
type Lang = ui.Lang

// The interface languages ajar speaks. Indonesian is the default.
const (
	Indonesian = ui.Indonesian
	English    = ui.English
)

// styles are the shared lipgloss styles; see ui.Styles.
type styles = ui.Styles

// newStyles builds the styles for a renderer.
func newStyles(r *lipgloss.Renderer) styles { return ui.NewStyles(r) }

// textsOf is the table of every user-visible text of the TUI, so a
// screen never embeds words: textsOf[lang.Text] holds both languages side
// by side (textTable), textsOf[string] one of them (texts).
type textsOf[T any] struct {
	// Keys help.
	keyUp, keyDown, keyOpen, keyBack, keyQuit, keyHelp                                                           T
	keyPageUp, keyPageDown, keyTop, keyBottom, keyStartQuiz, keyReadOn                                           T
	keyChoose, keyToggle, keySubmit, keyNext, keyGrab, keyRetryWrong, keyRetry                                   T
	keyNextLesson, keyHome, keyGlossary, glossary, keyStats, reviewDue                                           T
	keyReveal, keyRate, keyUndo, reviewTitle, flashcard, revealHint                                              T
	again, hard, good, easy, nothingDue, reviewDone, reviewCounts, nextDue                                       T
	unitMinutes, unitHours, unitDays, unitMonths                                                                 T
	keyStreak, statsTitle, masteryTitle, heatmapTitle, forecastTitle, retention, retentionNone, streak           T
	notStudied, cards, less, more, forecastAxis, forecastCounts                                                  T
	weekdays                                                                                                     [7]T
	keyNewProfile, keyEditProfile, keyDeleteProfile, keyNextField, keySave, keyCancel, keyYesDelete, keyProfiles T
	profileNameHint, profileNIPHint, profileNeedName, profileBadNIP, profileNameTaken, whoLearns                 T
	newProfile, editProfile, profileName, profileNIP, confirmDelete, profileActive, profilesHint, learner        T
	checkTitle, checkRecorded, checkNoFeedback, checkRow, checkTaken, firstLearner, problemsTitle                T
	keyNewCap, keyReviewCap, caps, checkLeave, switchHint                                                        T
	// The first learner, never named: naming them, or asking whose their progress is.
	nameFirst, nameFirstNote, whoseProgress, keyMine, keyNotMine T

	// Home.
	loading, resume, lessonsDone, minutes, noLessons, module T
	// Reader.
	rendering, readEnd, readPercent T
	// Quiz.
	question, pickOne, pickMany, trueFalse, typeAnswer, orderItems  T
	matchItems, matchOpen, keyPair, keyUnpair                       T
	trueWord, falseWord, correct, wrong, correctAnswer, explanation T
	score, allRight, wrongLeft, answerPlaceholder, grabbed          T
	retryRound, moreBelow, quizResult                               T
	// Frame.
	tooSmall, saving, saveFailed, opFailed, errorPrefix, unsavedQuit T
	// Saving: the marks an answer carries, and what went wrong, in words.
	savingMark, savedMark, notSaved, savesWaiting, savesFailed, saveDropped T
	// Reflection and plan.
	reflectSubtitle, tiedTo, tieHint, keyReflectLater, keyReflect, reflectionBack, tryQuestion T
	// reflectPlaceholder and actionPlaceholder fill empty fields; reflectMarkLabel
	// names the reflection's saved mark on the quiz result.
	reflectPlaceholder, reflectMarkLabel, actionPlaceholder             T
	planRevisitTitle, planRevisitHint, reviewPlanDue                    T
	errDamaged, errDiskFull, errNoPermission, errRefused, errStoreOther T
	// The module check's intro, its cut-off note and the learner's answers
	// on the result.
	checkIntro, checkIntroStart, checkCut, checkYourAnswer, checkUnanswered, checkRecordedOn T
	// months are the short month names dates are written with.
	months [12]T
	// keyPickLearner is Enter's help in the learner picker.
	keyPickLearner T
	// keyHalfUp and keyHalfDown are the reader's half-page keys.
	keyHalfUp, keyHalfDown T
	// keyBegin is Enter's help on the module check's intro; keyEndCheck
	// is Esc's and q's once it has begun, keyEndRecord y's and keyGoOn
	// n's when it asks whether to end.
	keyBegin, keyEndCheck, keyEndRecord, keyGoOn T
	// spaceKey is how help names the space bar, in keys like "pgdn/spasi".
	spaceKey T
	// Study day: the review's three counters, learning steps due later
	// today (course map and statistics).
	countNew, countLearning, countReview, reviewLater, forecastLater T
	// Search and outline: the keys' help, where a search got to ("kopi
	// 2/5") or that it found nothing, and the outline's title.
	keySearch, keySearchCourse, keyFind, keyNextMatch, keyPrevMatch, keyOutline, keyJump, keyClose T
	searchCount, searchNone, outlineTitle                                                          T
	// The course search screen: its title, the hint over an empty field,
	// the count of hits, and the kind of each.
	searchTitle, searchHint, searchHits, searchCapped, keyOpenHit       T
	kindTitle, kindObjective, kindText, kindGlossary, searchPlaceholder T
	// A class's live question: the screen's title, the line under it while
	// asking, waiting and revealed, the room's right and wrong counts, and
	// Esc's help (back to self-study).
	liveTitle, liveAnswerNow, liveWaiting, liveRoom, liveSent, liveNotAnswered T
	liveRightCount, liveWrongCount, keyLiveBack                                T
}

// date writes a day as "2 Des 2026" in the interface language.
func (t texts) date(d time.Time) string {
	return fmt.Sprintf("%d %s %d", d.Day(), t.months[d.Month()-1], d.Year())
}

// givenWords shows a stored answer in the interface language: a
// true/false answer is stored as "true" or "false" for reports (see
// lessons.Question.Describe), and shown as Benar or Salah.
func (t texts) givenWords(typ lessons.QuestionType, given string) string {
	if typ == lessons.TrueFalse {
		switch given {
		case "true":
			return t.trueWord
		case "false":
			return t.falseWord
		}
	}
	return given
}

// dayMonth writes a day as "2 Des".
func (t texts) dayMonth(d time.Time) string {
	return fmt.Sprintf("%d %s", d.Day(), t.months[d.Month()-1])
}

// texts are the TUI's texts in the interface language, with the helpers
// that write dates and durations in it.
type texts struct{ textsOf[string] }

// textsFor returns the texts of a language; unknown languages get Indonesian.
func textsFor(l Lang) texts { return texts{lang.Resolve[textsOf[string]](textTable, l)} }

// tr is one text of the table: Indonesian, then English.
func tr(id, en string) lang.Text { return lang.Text{ID: id, EN: en} }

// textTable is every text of the TUI in both languages.
var textTable = textsOf[lang.Text]{
	keyUp:            tr("naik", "up"),
	keyDown:          tr("turun", "down"),
	keyOpen:          tr("buka", "open"),
	keyBack:          tr("kembali", "back"),
	keyQuit:          tr("keluar", "quit"),
	keyHelp:          tr("bantuan", "help"),
	keyPageUp:        tr("hlm. sebelumnya", "page up"),
	keyPageDown:      tr("hlm. berikutnya", "page down"),
	keyTop:           tr("awal", "top"),
	keyBottom:        tr("akhir", "bottom"),
	keyStartQuiz:     tr("mulai kuis", "start quiz"),
	keyReadOn:        tr("lanjut baca", "read on"),
	keyChoose:        tr("pilih jawaban", "choose answer"),
	keyToggle:        tr("tandai/batal", "mark/unmark"),
	keySubmit:        tr("jawab", "answer"),
	keyNext:          tr("lanjut", "next"),
	keyGrab:          tr("ambil/lepas", "grab/drop"),
	keyRetryWrong:    tr("ulangi yang salah", "retry wrong ones"),
	keyRetry:         tr("ulangi semua", "retry all"),
	keyNextLesson:    tr("pelajaran berikutnya", "next lesson"),
	keyHome:          tr("beranda", "home"),
	keyGlossary:      tr("glosarium", "glossary"),
	glossary:         tr("Glosarium", "Glossary"),
	keyStats:         tr("statistik", "statistics"),
	reviewDue:        tr("Ulasan hari ini: %d kartu", "Today's review: %d cards"),
	keyReveal:        tr("lihat jawaban", "show answer"),
	keyRate:          tr("nilai ingatan", "rate recall"),
	keyUndo:          tr("batalkan", "undo"),
	reviewTitle:      tr("Ulasan hari ini", "Today's review"),
	flashcard:        tr("Kartu ingat: coba ingat dulu, lalu lihat jawabannya.", "Flashcard: try to recall first, then show the answer."),
	revealHint:       tr("Spasi atau Enter: lihat jawaban.", "Space or Enter: show the answer."),
	again:            tr("Lagi", "Again"),
	hard:             tr("Sulit", "Hard"),
	good:             tr("Baik", "Good"),
	easy:             tr("Mudah", "Easy"),
	nothingDue:       tr("Tidak ada kartu yang perlu diulas sekarang. Selesaikan kuis pelajaran untuk menambah kartu.", "No cards to review right now. Finish lesson quizzes to add cards."),
	reviewDone:       tr("Ulasan selesai. Kerja bagus!", "Review done. Well done!"),
	reviewCounts:     tr("Diulas: %d kartu · diingat: %d (%d%%)", "Reviewed: %d cards · recalled: %d (%d%%)"),
	nextDue:          tr("Kartu berikutnya jatuh tempo dalam %s.", "The next card is due in %s."),
	unitMinutes:      tr("%d mnt", "%d min"),
	unitHours:        tr("%d jam", "%d h"),
	unitDays:         tr("%d hari", "%d d"),
	unitMonths:       tr("%d bln", "%d mo"),
	keyStreak:        tr("tampilkan/sembunyikan runtun", "show/hide streak"),
	statsTitle:       tr("Statistik belajar", "Learning statistics"),
	masteryTitle:     tr("Penguasaan per modul (kartu melekat: stabilitas 21+ hari)", "Mastery per module (cards that stuck: stability 21+ days)"),
	heatmapTitle:     tr("Ulasan per hari, %d minggu", "Reviews per day, %d weeks"),
	forecastTitle:    tr("Jatuh tempo %d hari ke depan", "Due in the next %d days"),
	retention:        tr("Retensi %d hari: %d%% dari %d ulasan jatuh tempo diingat", "Retention over %d days: %d%% of %d due reviews recalled"),
	retentionNone:    tr("Retensi: belum ada ulasan jatuh tempo", "Retention: no due reviews yet"),
	streak:           tr("Runtun: %d hari", "Streak: %d days"),
	notStudied:       tr("belum dipelajari", "not studied yet"),
	cards:            tr("(%d dari %d kartu)", "(%d of %d cards)"),
	less:             tr("sedikit", "less"),
	more:             tr("banyak", "more"),
	forecastAxis:     tr("^ hari ini", "^ today"),
	forecastCounts:   tr("Hari ini %s, total %d kartu", "Today %s, %d cards in all"),
	weekdays:         [7]lang.Text{tr("Sen", "Mon"), tr("Sel", "Tue"), tr("Rab", "Wed"), tr("Kam", "Thu"), tr("Jum", "Fri"), tr("Sab", "Sat"), tr("Min", "Sun")},
	keyNewProfile:    tr("tambah", "add"),
	keyEditProfile:   tr("ubah", "edit"),
	keyDeleteProfile: tr("hapus", "delete"),
	keyNextField:     tr("kolom berikutnya", "next field"),
	keySave:          tr("simpan", "save"),
	keyCancel:        tr("batal", "cancel"),
	keyYesDelete:     tr("ya, hapus", "yes, delete"),
	keyProfiles:      tr("ganti pelajar", "switch learner"),
	profileNameHint:  tr("nama Anda", "your name"),
	profileNIPHint:   tr("boleh dikosongkan", "may be left empty"),
	profileNeedName:  tr("Nama wajib diisi.", "A name is required."),
	profileBadNIP:    tr("NIP hanya boleh berisi angka.", "The employee number may contain digits only."),
	profileNameTaken: tr("Nama itu sudah dipakai pelajar lain di komputer ini.", "Another learner on this PC already uses that name."),
	whoLearns:        tr("Siapa yang belajar?", "Who is learning?"),
	newProfile:       tr("Pelajar baru", "New learner"),
	editProfile:      tr("Ubah data pelajar", "Edit learner"),
	profileName:      tr("Nama", "Name"),
	profileNIP:       tr("NIP (nomor induk pegawai, opsional)", "Employee number (NIP, optional)"),
	confirmDelete:    tr("Hapus pelajar %s beserta SELURUH kemajuan belajarnya? Ini tidak dapat dibatalkan. Tekan y untuk menghapus, n untuk batal.", "Delete learner %s with ALL their progress? This cannot be undone. Press y to delete, n to cancel."),
	profileActive:    tr("(sedang dipakai)", "(in use)"),
	profilesHint:     tr("Setiap pelajar punya kemajuan sendiri di komputer ini. Enter memilih, n menambah pelajar.", "Each learner has their own progress on this PC. Enter chooses, n adds a learner."),
	learner:          tr("Pelajar: %s", "Learner: %s"),
	checkTitle:       tr("Uji modul: %s", "Module check: %s"),
	checkRecorded:    tr("Hasil tercatat untuk laporan pelatih.", "The result is recorded for the trainer's report."),
	checkNoFeedback:  tr("umpan balik di akhir", "feedback at the end"),
	checkRow:         tr("Uji modul (dinilai sekali, umpan balik di akhir)", "Module check (scored once, feedback at the end)"),
	checkTaken:       tr("Uji modul: %d dari %d benar (%d%%)", "Module check: %d of %d right (%d%%)"),
	firstLearner:     tr("Pelajar pertama (tekan e untuk memberi nama)", "First learner (press e to give a name)"),
	problemsTitle:    tr("Materi yang tidak dapat dimuat (perbaiki, lalu periksa dengan ajar lint):", "Content that could not be loaded (fix it, then check with ajar lint):"),
	keyNewCap:        tr("kartu baru/hari", "new cards/day"),
	keyReviewCap:     tr("ulasan/hari", "reviews/day"),
	caps:             tr("Batas harian: %d kartu baru (ubah: b), %d ulasan (ubah: u)", "Daily caps: %d new cards (change: b), %d reviews (change: u)"),
	checkLeave:       tr("Akhiri uji sekarang? %d dari %d soal sudah dijawab. Soal yang belum dijawab dihitung salah, dan uji modul hanya dinilai sekali. Tekan y untuk mengakhiri dan mencatat, n untuk melanjutkan.", "End the check now? %d of %d questions answered. Unanswered questions count as wrong, and a module check is scored once. Press y to end and record it, n to go on."),
	switchHint:       tr("p: ganti", "p: switch"),
	nameFirst:        tr("Siapa nama Anda?", "What is your name?"),
	nameFirstNote:    tr("Kemajuan belajar yang sudah ada di komputer ini tetap milik Anda, kini dengan nama Anda.", "The progress already on this PC stays yours, now under your name."),
	whoseProgress: tr("Kemajuan belajar yang sudah ada di komputer ini belum bernama (tercantum sebagai \"Pelajar pertama\"). Apakah itu kemajuan Anda?\n\n"+
		"Tekan y bila ya: Anda memberi nama padanya dan melanjutkannya.\nTekan n bila bukan: Anda mulai sebagai pelajar baru, dan kemajuan itu tetap ada untuk pemiliknya.", "The progress already on this PC has no name yet (listed as \"First learner\"). Is it yours?\n\n"+
		"Press y if it is: you give it your name and go on with it.\nPress n if it is not: you start as a new learner, and that progress stays for its owner."),
	keyMine:            tr("ya, milik saya", "yes, mine"),
	keyNotMine:         tr("bukan, pelajar baru", "no, new learner"),
	loading:            tr("Memuat kemajuan belajar…", "Loading progress…"),
	resume:             tr("Lanjutkan", "Continue"),
	lessonsDone:        tr("%d dari %d pelajaran selesai", "%d of %d lessons done"),
	minutes:            tr("%d mnt", "%d min"),
	noLessons:          tr("Belum ada pelajaran.", "No lessons yet."),
	module:             tr("Modul", "Module"),
	rendering:          tr("Menyiapkan pelajaran…", "Preparing the lesson…"),
	readEnd:            tr("Selesai membaca? Tekan Enter untuk mulai kuis.", "Done reading? Press Enter to start the quiz."),
	readPercent:        tr("%3.f%%", "%3.f%%"),
	question:           tr("Soal %d dari %d", "Question %d of %d"),
	pickOne:            tr("Pilih satu jawaban (angka atau ↑↓ lalu Enter).", "Pick one answer (digit, or ↑↓ then Enter)."),
	pickMany:           tr("Pilih semua yang benar (angka/Spasi menandai, Enter menjawab).", "Pick all that apply (digit/Space marks, Enter answers)."),
	trueFalse:          tr("Benar atau salah?", "True or false?"),
	typeAnswer:         tr("Ketik jawaban Anda, lalu Enter.", "Type your answer, then Enter."),
	orderItems:         tr("Urutkan: Spasi mengambil/melepas, ↑↓ memindahkan, Enter menjawab.", "Put in order: Space grabs/drops, ↑↓ moves, Enter answers."),
	trueWord:           tr("Benar", "True"),
	falseWord:          tr("Salah", "False"),
	correct:            tr("Benar!", "Correct!"),
	wrong:              tr("Belum tepat.", "Not quite."),
	correctAnswer:      tr("Jawaban yang benar: %s", "Correct answer: %s"),
	explanation:        tr("Penjelasan: %s", "Explanation: %s"),
	score:              tr("Skor: %d dari %d benar (%d%%)", "Score: %d of %d correct (%d%%)"),
	allRight:           tr("Semua jawaban benar. Hebat!", "All answers correct. Well done!"),
	wrongLeft:          tr("%d soal belum tepat.", "%d answers not yet right."),
	answerPlaceholder:  tr("jawaban…", "answer…"),
	grabbed:            tr("dipegang", "held"),
	retryRound:         tr("Ulangan soal yang salah", "Retrying the wrong ones"),
	moreBelow:          tr("… (↓/j untuk membaca lanjut)", "… (↓/j to read on)"),
	quizResult:         tr("Hasil kuis", "Quiz result"),
	tooSmall:           tr("Perbesar jendela: ajar butuh sedikitnya %d×%d (sekarang %d×%d).", "Enlarge the window: ajar needs at least %d×%d (now %d×%d)."),
	saving:             tr("Menyimpan…", "Saving…"),
	saveFailed:         tr("Belum tersimpan: %s ajar akan mencoba lagi.", "Not saved: %s ajar will try again."),
	opFailed:           tr("Gagal (%s): %v", "Failed (%s): %v"),
	errorPrefix:        tr("Galat", "Error"),
	unsavedQuit:        tr("%d perubahan belum tersimpan (%v). Tekan q sekali lagi untuk keluar tanpa menyimpannya, atau lanjutkan belajar agar ajar mencoba lagi.", "%d changes not saved yet (%v). Press q once more to quit without them, or keep learning and ajar will try again."),
	savingMark:         tr("… menyimpan", "… saving"),
	savedMark:          tr("✓ tersimpan", "✓ saved"),
	notSaved:           tr("✗ belum tersimpan", "✗ not saved"),
	savesWaiting:       tr("%d penilaian menunggu disimpan", "%d ratings waiting to be saved"),
	savesFailed:        tr("%d penilaian belum tersimpan", "%d ratings not saved"),
	saveDropped:        tr("Tidak tersimpan: %s", "Not saved: %s"),
	reflectSubtitle:    tr("Refleksi: untuk Anda sendiri, tidak dinilai", "Reflection: for you alone, not graded"),
	tiedTo:             tr("terkait: %s", "tied to: %s"),
	tieHint:            tr("Kaitkan dengan (↑↓ atau angka, lalu Enter):", "Tie it to (↑↓ or a digit, then Enter):"),
	keyReflectLater:    tr("nanti saja", "later"),
	keyReflect:         tr("tulis refleksi", "write a reflection"),
	reflectionBack:     tr("Refleksi Anda (%s): “%s”", "Your reflection (%s): “%s”"),
	tryQuestion:        tr("Apa yang sudah Anda coba?", "What have you tried?"),
	reflectPlaceholder: tr("tulis di sini, boleh beberapa kalimat…", "write here, a few sentences if you like…"),
	reflectMarkLabel:   tr("Refleksi Anda", "Your reflection"),
	actionPlaceholder:  tr("apa, kapan, dengan siapa, buktinya", "what, when, with whom, the evidence"),
	planRevisitTitle:   tr("Rencana 30 hari Anda · hari ke-%d", "Your 30-day plan · day %d"),
	planRevisitHint:    tr("Mana yang sudah Anda jalankan? Enter: lanjut ke kartu.", "Which have you done? Enter: on to the cards."),
	reviewPlanDue:      tr(" · rencana hari ke-%d", " · plan, day %d"),
	errDamaged:         tr("Berkas kemajuan rusak, jadi ajar tidak menulis apa pun lagi ke sana. Tekan q: ajar akan menawarkan cadangan terakhir yang utuh.", "The progress file is damaged, so ajar writes nothing more to it. Press q: ajar will offer the newest good backup."),
	errDiskFull:        tr("disk penuh; kosongkan sedikit ruang.", "the disk is full; free some space."),
	errNoPermission:    tr("ajar tidak diizinkan menulis ke folder data; periksa hak akses folder itu (atau antivirus yang memblokirnya).", "ajar may not write to its data folder; check the folder's permissions (or an antivirus blocking it)."),
	errRefused:         tr("data ini ditolak oleh penyimpanan (%v).", "the store refused this data (%v)."),
	errStoreOther:      tr("%v.", "%v."),
	checkIntro: tr("Uji modul ini berisi %d soal dari %d pelajaran. Nilainya dicatat sekali, untuk laporan pelatih; umpan balik dan jawaban yang benar baru ditampilkan di akhir. "+
		"Setelah dimulai, uji tetap dicatat bila Anda keluar lebih awal atau ajar tertutup: soal yang belum dijawab dihitung salah.", "This module check has %d questions from %d lessons. It is scored once, for the trainer's report; feedback and the right answers come at the end. "+
		"Once begun, the check is recorded even if you leave early or ajar closes: unanswered questions count as wrong."),
	checkIntroStart:   tr("Tekan Enter untuk mulai, Esc untuk kembali ke daftar pelajaran.", "Press Enter to begin, Esc to go back to the lessons."),
	checkCut:          tr("Uji ini terputus (ajar tertutup sebelum selesai); soal yang belum dijawab dihitung salah.", "This check was cut off (ajar closed before the end); unanswered questions count as wrong."),
	checkYourAnswer:   tr("Jawaban Anda: %s", "Your answer: %s"),
	checkUnanswered:   tr("(tidak dijawab)", "(not answered)"),
	checkRecordedOn:   tr("Tercatat %s untuk laporan pelatih.", "Recorded %s for the trainer's report."),
	months:            [12]lang.Text{tr("Jan", "Jan"), tr("Feb", "Feb"), tr("Mar", "Mar"), tr("Apr", "Apr"), tr("Mei", "May"), tr("Jun", "Jun"), tr("Jul", "Jul"), tr("Agu", "Aug"), tr("Sep", "Sep"), tr("Okt", "Oct"), tr("Nov", "Nov"), tr("Des", "Dec")},
	keyPickLearner:    tr("pilih", "choose"),
	keyHalfUp:         tr("½ hlm. naik", "half page up"),
	keyHalfDown:       tr("½ hlm. turun", "half page down"),
	keyBegin:          tr("mulai", "begin"),
	keyEndCheck:       tr("akhiri uji", "end the check"),
	keyEndRecord:      tr("ya, akhiri dan catat", "yes, end and record"),
	keyGoOn:           tr("lanjutkan uji", "go on"),
	spaceKey:          tr("spasi", "space"),
	countNew:          tr("baru", "new"),
	countLearning:     tr("belajar", "learning"),
	countReview:       tr("ulang", "due"),
	reviewLater:       tr("Ulasan hari ini: %d kartu lagi dalam %s", "Today's review: %d more due in %s"),
	forecastLater:     tr(" (+%d nanti)", " (+%d later)"),
	matchItems:        tr("Pasangkan: ↑↓ memilih item kiri, angka memasang item kanan, Enter menjawab.", "Match: ↑↓ picks a left item, a digit gives it a right item, Enter answers."),
	matchOpen:         tr("Pasangkan dulu setiap item kiri (%d belum).", "Match every left item first (%d still open)."),
	keyPair:           tr("pasangkan", "match"),
	keyUnpair:         tr("hapus", "clear"),
	keySearch:         tr("cari", "search"),
	keySearchCourse:   tr("cari di kursus", "search the course"),
	keyFind:           tr("cari", "find"),
	keyNextMatch:      tr("berikutnya", "next"),
	keyPrevMatch:      tr("sebelumnya", "previous"),
	keyOutline:        tr("daftar isi", "outline"),
	keyJump:           tr("lompat ke sini", "jump here"),
	keyClose:          tr("tutup", "close"),
	searchCount:       tr("“%s” %d/%d", "“%s” %d/%d"),
	searchNone:        tr("“%s” tidak ditemukan", "“%s” not found"),
	outlineTitle:      tr("Daftar isi (Enter: lompat)", "Outline (Enter: jump)"),
	searchTitle:       tr("Cari di seluruh kursus", "Search the whole course"),
	searchHint:        tr("Ketik kata yang dicari; huruf besar dan tanda aksen tidak dibedakan.", "Type what to look for; case and accents do not matter."),
	searchHits:        tr("%d temuan", "%d found"),
	searchCapped:      tr("%d temuan pertama; perjelas kata yang dicari.", "first %d found; narrow the search."),
	keyOpenHit:        tr("buka", "open"),
	kindTitle:         tr("judul", "title"),
	kindObjective:     tr("tujuan", "objective"),
	kindText:          tr("isi", "text"),
	kindGlossary:      tr("glosarium", "glossary"),
	searchPlaceholder: tr("kata yang dicari", "what to look for"),
	liveTitle:         tr("Pertanyaan langsung dari pelatih", "Live question from the trainer"),
	liveAnswerNow:     tr("Jawab sekarang; jawaban masuk ke laporan Anda.", "Answer now; it goes into your report."),
	liveWaiting:       tr("Menunggu pelatih membuka jawabannya…", "Waiting for the trainer to reveal the answer…"),
	liveRoom:          tr("Jawaban kelas: %d orang menjawab", "The room's answers: %d answered"),
	liveSent:          tr("✓ Jawaban terkirim", "✓ Answer sent"),
	liveNotAnswered:   tr("Anda tidak menjawab pertanyaan ini.", "You did not answer this question."),
	liveRightCount:    tr("tepat", "right"),
	liveWrongCount:    tr("belum tepat", "wrong"),
	keyLiveBack:       tr("kembali belajar sendiri", "back to self-study"),
}
