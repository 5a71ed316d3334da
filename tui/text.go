package tui

import (
	"fmt"
	"time"

	"github.com/charmbracelet/lipgloss"

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

// texts holds every user-visible string of the TUI in one language, so a
// screen never embeds words and the two languages cannot drift apart silently.
type texts struct {
	// Keys help.
	keyUp, keyDown, keyOpen, keyBack, keyQuit, keyHelp, keyMoreHelp                                              string
	keyPageUp, keyPageDown, keyTop, keyBottom, keyStartQuiz, keyReadOn                                           string
	keyChoose, keyToggle, keySubmit, keyNext, keyGrab, keyRetryWrong, keyRetry                                   string
	keyNextLesson, keyHome, keyGlossary, glossary, keyStats, reviewDue                                           string
	keyReveal, keyRate, keyUndo, reviewTitle, flashcard, revealHint                                              string
	again, hard, good, easy, nothingDue, reviewDone, reviewCounts, nextDue                                       string
	unitMinutes, unitHours, unitDays, unitMonths                                                                 string
	keyStreak, statsTitle, masteryTitle, heatmapTitle, forecastTitle, retention, retentionNone, streak           string
	notStudied, cards, less, more, forecastAxis, forecastCounts                                                  string
	weekdays                                                                                                     [7]string
	keyNewProfile, keyEditProfile, keyDeleteProfile, keyNextField, keySave, keyCancel, keyYesDelete, keyProfiles string
	profileNameHint, profileNIPHint, profileNeedName, profileBadNIP, profileNameTaken, whoLearns                 string
	newProfile, editProfile, profileName, profileNIP, confirmDelete, profileActive, profilesHint, learner        string
	checkTitle, checkRecorded, checkNoFeedback, checkRow, checkTaken, firstLearner, problemsTitle                string
	keyNewCap, keyReviewCap, caps, checkLeave, switchHint                                                        string
	// The first learner, never named: naming them, or asking whose their progress is.
	nameFirst, nameFirstNote, whoseProgress, keyMine, keyNotMine string

	// Home.
	loading, resume, lessonsDone, minutes, noLessons, module, bestScore string
	// Reader.
	rendering, readEnd, readPercent, noQuiz string
	// Quiz.
	question, pickOne, pickMany, trueFalse, typeAnswer, orderItems  string
	trueWord, falseWord, correct, wrong, correctAnswer, explanation string
	score, allRight, wrongLeft, answerPlaceholder, grabbed          string
	retryRound, moreBelow, quizResult                               string
	// Frame.
	tooSmall, saving, saveFailed, opFailed, errorPrefix, unsavedQuit string
	// Saving: the marks an answer carries, and what went wrong, in words.
	savingMark, savedMark, notSaved, savesWaiting, savesFailed, saveDropped string
	// Reflection and plan.
	reflectSubtitle, tiedTo, tieHint, keyReflectLater, keyReflect, reflectionBack, tryQuestion string
	// reflectPlaceholder and actionPlaceholder fill empty fields; reflectMarkLabel
	// names the reflection's saved mark on the quiz result.
	reflectPlaceholder, reflectMarkLabel, actionPlaceholder             string
	planRevisitTitle, planRevisitHint, reviewPlanDue                    string
	errDamaged, errDiskFull, errNoPermission, errRefused, errStoreOther string
	// The module check's intro, its cut-off note and the learner's answers
	// on the result.
	checkIntro, checkIntroStart, checkCut, checkYourAnswer, checkUnanswered, checkRecordedOn string
	// months are the short month names dates are written with.
	months [12]string
	// keyPickLearner is Enter's help in the learner picker.
	keyPickLearner string
	// keyHalfUp and keyHalfDown are the reader's half-page keys.
	keyHalfUp, keyHalfDown string
	// keyBegin is Enter's help on the module check's intro; keyEndCheck
	// is Esc's and q's once it has begun, keyEndRecord y's and keyGoOn
	// n's when it asks whether to end.
	keyBegin, keyEndCheck, keyEndRecord, keyGoOn string
	// spaceKey is how help names the space bar, in keys like "pgdn/spasi".
	spaceKey string
	// Study day: the review's three counters, learning steps due later
	// today (course map and statistics).
	countNew, countLearning, countReview, reviewLater, forecastLater string
	// Search and outline: the keys' help, where a search got to ("kopi
	// 2/5") or that it found nothing, and the outline's title.
	keySearch, keySearchCourse, keyFind, keyNextMatch, keyPrevMatch, keyOutline, keyJump, keyClose string
	searchCount, searchNone, outlineTitle                                                          string
	// The course search screen: its title, the hint over an empty field,
	// the count of hits, and the kind of each.
	searchTitle, searchHint, searchHits, searchCapped, keyOpenHit       string
	kindTitle, kindObjective, kindText, kindGlossary, searchPlaceholder string
}

// date writes a day as "2 Des 2026" in the interface language.
func (t texts) date(d time.Time) string {
	return fmt.Sprintf("%d %s %d", d.Day(), t.months[d.Month()-1], d.Year())
}

// dayMonth writes a day as "2 Des".
func (t texts) dayMonth(d time.Time) string {
	return fmt.Sprintf("%d %s", d.Day(), t.months[d.Month()-1])
}

// textsFor returns the strings of a language; unknown languages get Indonesian.
func textsFor(l Lang) texts {
	if l == English {
		return englishTexts()
	}
	return indonesianTexts()
}

func indonesianTexts() texts {
	return texts{
		keyUp: "naik", keyDown: "turun", keyOpen: "buka", keyBack: "kembali", keyQuit: "keluar",
		keyHelp: "bantuan", keyMoreHelp: "bantuan lengkap",
		keyPageUp: "hlm. sebelumnya", keyPageDown: "hlm. berikutnya", keyTop: "awal", keyBottom: "akhir",
		keyStartQuiz: "mulai kuis", keyReadOn: "lanjut baca",
		keyChoose: "pilih jawaban", keyToggle: "tandai/batal", keySubmit: "jawab", keyNext: "lanjut",
		keyGrab: "ambil/lepas", keyRetryWrong: "ulangi yang salah", keyRetry: "ulangi semua",
		keyNextLesson: "pelajaran berikutnya", keyHome: "beranda",
		keyGlossary: "glosarium", glossary: "Glosarium",
		keyStats: "statistik", reviewDue: "Ulasan hari ini: %d kartu",
		keyReveal: "lihat jawaban", keyRate: "nilai ingatan", keyUndo: "batalkan",
		reviewTitle: "Ulasan hari ini", flashcard: "Kartu ingat: coba ingat dulu, lalu lihat jawabannya.",
		revealHint: "Spasi atau Enter: lihat jawaban.",
		again:      "Lagi", hard: "Sulit", good: "Baik", easy: "Mudah",
		nothingDue: "Tidak ada kartu yang perlu diulas sekarang. Selesaikan kuis pelajaran untuk menambah kartu.",
		reviewDone: "Ulasan selesai. Kerja bagus!", reviewCounts: "Diulas: %d kartu · diingat: %d (%d%%)",
		nextDue:     "Kartu berikutnya jatuh tempo dalam %s.",
		unitMinutes: "%d mnt", unitHours: "%d jam", unitDays: "%d hari", unitMonths: "%d bln",
		keyStreak: "tampilkan/sembunyikan runtun", statsTitle: "Statistik belajar",
		masteryTitle: "Penguasaan per modul (kartu melekat: stabilitas 21+ hari)",
		heatmapTitle: "Ulasan per hari, %d minggu", forecastTitle: "Jatuh tempo %d hari ke depan",
		retention: "Retensi %d hari: %d%% dari %d ulasan jatuh tempo diingat", retentionNone: "Retensi: belum ada ulasan jatuh tempo",
		streak: "Runtun: %d hari", notStudied: "belum dipelajari", cards: "(%d dari %d kartu)", less: "sedikit", more: "banyak",
		forecastAxis: "^ hari ini", forecastCounts: "Hari ini %s, total %d kartu",
		weekdays:      [7]string{"Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"},
		keyNewProfile: "tambah", keyEditProfile: "ubah", keyDeleteProfile: "hapus", keyNextField: "kolom berikutnya",
		keySave: "simpan", keyCancel: "batal", keyYesDelete: "ya, hapus", keyProfiles: "ganti pelajar",
		profileNameHint: "nama Anda", profileNIPHint: "boleh dikosongkan",
		profileNeedName: "Nama wajib diisi.", profileBadNIP: "NIP hanya boleh berisi angka.",
		profileNameTaken: "Nama itu sudah dipakai pelajar lain di komputer ini.",
		whoLearns:        "Siapa yang belajar?", newProfile: "Pelajar baru", editProfile: "Ubah data pelajar",
		profileName: "Nama", profileNIP: "NIP (nomor induk pegawai, opsional)",
		confirmDelete: "Hapus pelajar %s beserta SELURUH kemajuan belajarnya? Ini tidak dapat dibatalkan. Tekan y untuk menghapus, n untuk batal.",
		profileActive: "(sedang dipakai)", learner: "Pelajar: %s",
		checkTitle: "Uji modul: %s", checkRecorded: "Hasil tercatat untuk laporan pelatih.",
		checkNoFeedback: "umpan balik di akhir", checkRow: "Uji modul (dinilai sekali, umpan balik di akhir)",
		checkTaken:    "Uji modul: %d dari %d benar (%d%%)",
		firstLearner:  "Pelajar pertama (tekan e untuk memberi nama)",
		problemsTitle: "Materi yang tidak dapat dimuat (perbaiki, lalu periksa dengan ajar lint):",
		keyNewCap:     "kartu baru/hari", keyReviewCap: "ulasan/hari",
		caps:       "Batas harian: %d kartu baru (ubah: b), %d ulasan (ubah: u)",
		switchHint: "p: ganti",
		checkLeave: "Akhiri uji sekarang? %d dari %d soal sudah dijawab. Soal yang belum dijawab dihitung salah, dan uji modul hanya dinilai sekali. Tekan y untuk mengakhiri dan mencatat, n untuk melanjutkan.",
		checkIntro: "Uji modul ini berisi %d soal dari %d pelajaran. Nilainya dicatat sekali, untuk laporan pelatih; umpan balik dan jawaban yang benar baru ditampilkan di akhir. " +
			"Setelah dimulai, uji tetap dicatat bila Anda keluar lebih awal atau ajar tertutup: soal yang belum dijawab dihitung salah.",
		checkIntroStart: "Tekan Enter untuk mulai, Esc untuk kembali ke daftar pelajaran.",
		checkCut:        "Uji ini terputus (ajar tertutup sebelum selesai); soal yang belum dijawab dihitung salah.",
		checkYourAnswer: "Jawaban Anda: %s", checkUnanswered: "(tidak dijawab)", checkRecordedOn: "Tercatat %s untuk laporan pelatih.",
		keyPickLearner: "pilih", keyHalfUp: "½ hlm. naik", keyHalfDown: "½ hlm. turun", keyBegin: "mulai", spaceKey: "spasi",
		keyEndCheck: "akhiri uji", keyEndRecord: "ya, akhiri dan catat", keyGoOn: "lanjutkan uji",
		months:       [12]string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"},
		profilesHint: "Setiap pelajar punya kemajuan sendiri di komputer ini. Enter memilih, n menambah pelajar.",
		nameFirst:    "Siapa nama Anda?", nameFirstNote: "Kemajuan belajar yang sudah ada di komputer ini tetap milik Anda, kini dengan nama Anda.",
		whoseProgress: "Kemajuan belajar yang sudah ada di komputer ini belum bernama (tercantum sebagai \"Pelajar pertama\"). Apakah itu kemajuan Anda?\n\n" +
			"Tekan y bila ya: Anda memberi nama padanya dan melanjutkannya.\nTekan n bila bukan: Anda mulai sebagai pelajar baru, dan kemajuan itu tetap ada untuk pemiliknya.",
		keyMine: "ya, milik saya", keyNotMine: "bukan, pelajar baru",

		loading: "Memuat kemajuan belajar…", resume: "Lanjutkan", lessonsDone: "%d dari %d pelajaran selesai",
		minutes: "%d mnt", noLessons: "Belum ada pelajaran.", module: "Modul", bestScore: "skor terbaik",

		rendering: "Menyiapkan pelajaran…", readEnd: "Selesai membaca? Tekan Enter untuk mulai kuis.",
		readPercent: "%3.f%%", noQuiz: "Pelajaran ini tidak punya kuis.",

		question: "Soal %d dari %d", pickOne: "Pilih satu jawaban (angka atau ↑↓ lalu Enter).",
		pickMany:  "Pilih semua yang benar (angka/Spasi menandai, Enter menjawab).",
		trueFalse: "Benar atau salah?", typeAnswer: "Ketik jawaban Anda, lalu Enter.",
		orderItems: "Urutkan: Spasi mengambil/melepas, ↑↓ memindahkan, Enter menjawab.",
		trueWord:   "Benar", falseWord: "Salah", correct: "Benar!", wrong: "Belum tepat.",
		correctAnswer: "Jawaban yang benar: %s", explanation: "Penjelasan: %s",
		score: "Skor: %d dari %d benar (%d%%)", allRight: "Semua jawaban benar. Hebat!",
		wrongLeft: "%d soal belum tepat.", answerPlaceholder: "jawaban…", grabbed: "dipegang",
		retryRound: "Ulangan soal yang salah", moreBelow: "… (↓/j untuk membaca lanjut)",
		quizResult: "Hasil kuis",

		tooSmall: "Perbesar jendela: ajar butuh sedikitnya %d×%d (sekarang %d×%d).",
		saving:   "Menyimpan…", saveFailed: "Belum tersimpan: %s ajar akan mencoba lagi.", opFailed: "Gagal (%s): %v", errorPrefix: "Galat",
		unsavedQuit: "%d perubahan belum tersimpan (%v). Tekan q sekali lagi untuk keluar tanpa menyimpannya, atau lanjutkan belajar agar ajar mencoba lagi.",

		savingMark: "… menyimpan", savedMark: "✓ tersimpan", notSaved: "✗ belum tersimpan", saveDropped: "Tidak tersimpan: %s",
		reflectSubtitle: "Refleksi: untuk Anda sendiri, tidak dinilai", tiedTo: "terkait: %s",
		reflectPlaceholder: "tulis di sini, boleh beberapa kalimat…", reflectMarkLabel: "Refleksi Anda",
		actionPlaceholder: "apa, kapan, dengan siapa, buktinya",
		tieHint:           "Kaitkan dengan (↑↓ atau angka, lalu Enter):", keyReflectLater: "nanti saja", keyReflect: "tulis refleksi",
		reflectionBack: "Refleksi Anda (%s): “%s”", tryQuestion: "Apa yang sudah Anda coba?",
		planRevisitTitle: "Rencana 30 hari Anda · hari ke-%d", planRevisitHint: "Mana yang sudah Anda jalankan? Enter: lanjut ke kartu.",
		reviewPlanDue: " · rencana hari ke-%d",
		savesWaiting:  "%d penilaian menunggu disimpan", savesFailed: "%d penilaian belum tersimpan",
		countNew: "baru", countLearning: "belajar", countReview: "ulang",
		reviewLater: "Ulasan hari ini: %d kartu lagi dalam %s", forecastLater: " (+%d nanti)",
		errDamaged:      "Berkas kemajuan rusak, jadi ajar tidak menulis apa pun lagi ke sana. Tekan q: ajar akan menawarkan cadangan terakhir yang utuh.",
		errDiskFull:     "disk penuh; kosongkan sedikit ruang.",
		errNoPermission: "ajar tidak diizinkan menulis ke folder data; periksa hak akses folder itu (atau antivirus yang memblokirnya).",
		errRefused:      "data ini ditolak oleh penyimpanan (%v).",
		errStoreOther:   "%v.",

		keySearch: "cari", keySearchCourse: "cari di kursus", keyFind: "cari", keyNextMatch: "berikutnya", keyPrevMatch: "sebelumnya",
		keyOutline: "daftar isi", keyJump: "lompat ke sini", keyClose: "tutup",
		searchCount: "“%s” %d/%d", searchNone: "“%s” tidak ditemukan", outlineTitle: "Daftar isi (Enter: lompat)",
		searchTitle: "Cari di seluruh kursus", searchHint: "Ketik kata yang dicari; huruf besar dan tanda aksen tidak dibedakan.",
		searchHits: "%d temuan", searchCapped: "%d temuan pertama; perjelas kata yang dicari.", keyOpenHit: "buka",
		kindTitle: "judul", kindObjective: "tujuan", kindText: "isi", kindGlossary: "glosarium", searchPlaceholder: "kata yang dicari",
	}
}

func englishTexts() texts {
	return texts{
		keyUp: "up", keyDown: "down", keyOpen: "open", keyBack: "back", keyQuit: "quit",
		keyHelp: "help", keyMoreHelp: "more help",
		keyPageUp: "page up", keyPageDown: "page down", keyTop: "top", keyBottom: "bottom",
		keyStartQuiz: "start quiz", keyReadOn: "read on",
		keyChoose: "choose answer", keyToggle: "mark/unmark", keySubmit: "answer", keyNext: "next",
		keyGrab: "grab/drop", keyRetryWrong: "retry wrong ones", keyRetry: "retry all",
		keyNextLesson: "next lesson", keyHome: "home",
		keyGlossary: "glossary", glossary: "Glossary",
		keyStats: "statistics", reviewDue: "Today's review: %d cards",
		keyReveal: "show answer", keyRate: "rate recall", keyUndo: "undo",
		reviewTitle: "Today's review", flashcard: "Flashcard: try to recall first, then show the answer.",
		revealHint: "Space or Enter: show the answer.",
		again:      "Again", hard: "Hard", good: "Good", easy: "Easy",
		nothingDue: "No cards to review right now. Finish lesson quizzes to add cards.",
		reviewDone: "Review done. Well done!", reviewCounts: "Reviewed: %d cards · recalled: %d (%d%%)",
		nextDue:     "The next card is due in %s.",
		unitMinutes: "%d min", unitHours: "%d h", unitDays: "%d d", unitMonths: "%d mo",
		keyStreak: "show/hide streak", statsTitle: "Learning statistics",
		masteryTitle: "Mastery per module (cards that stuck: stability 21+ days)",
		heatmapTitle: "Reviews per day, %d weeks", forecastTitle: "Due in the next %d days",
		retention: "Retention over %d days: %d%% of %d due reviews recalled", retentionNone: "Retention: no due reviews yet",
		streak: "Streak: %d days", notStudied: "not studied yet", cards: "(%d of %d cards)", less: "less", more: "more",
		forecastAxis: "^ today", forecastCounts: "Today %s, %d cards in all",
		weekdays:      [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
		keyNewProfile: "add", keyEditProfile: "edit", keyDeleteProfile: "delete", keyNextField: "next field",
		keySave: "save", keyCancel: "cancel", keyYesDelete: "yes, delete", keyProfiles: "switch learner",
		profileNameHint: "your name", profileNIPHint: "may be left empty",
		profileNeedName: "A name is required.", profileBadNIP: "The employee number may contain digits only.",
		profileNameTaken: "Another learner on this PC already uses that name.",
		whoLearns:        "Who is learning?", newProfile: "New learner", editProfile: "Edit learner",
		profileName: "Name", profileNIP: "Employee number (NIP, optional)",
		confirmDelete: "Delete learner %s with ALL their progress? This cannot be undone. Press y to delete, n to cancel.",
		profileActive: "(in use)", learner: "Learner: %s",
		checkTitle: "Module check: %s", checkRecorded: "The result is recorded for the trainer's report.",
		checkNoFeedback: "feedback at the end", checkRow: "Module check (scored once, feedback at the end)",
		checkTaken:    "Module check: %d of %d right (%d%%)",
		firstLearner:  "First learner (press e to give a name)",
		problemsTitle: "Content that could not be loaded (fix it, then check with ajar lint):",
		keyNewCap:     "new cards/day", keyReviewCap: "reviews/day",
		caps:       "Daily caps: %d new cards (change: b), %d reviews (change: u)",
		switchHint: "p: switch",
		checkLeave: "End the check now? %d of %d questions answered. Unanswered questions count as wrong, and a module check is scored once. Press y to end and record it, n to go on.",
		checkIntro: "This module check has %d questions from %d lessons. It is scored once, for the trainer's report; feedback and the right answers come at the end. " +
			"Once begun, the check is recorded even if you leave early or ajar closes: unanswered questions count as wrong.",
		checkIntroStart: "Press Enter to begin, Esc to go back to the lessons.",
		checkCut:        "This check was cut off (ajar closed before the end); unanswered questions count as wrong.",
		checkYourAnswer: "Your answer: %s", checkUnanswered: "(not answered)", checkRecordedOn: "Recorded %s for the trainer's report.",
		keyPickLearner: "choose", keyHalfUp: "half page up", keyHalfDown: "half page down", keyBegin: "begin", spaceKey: "space",
		keyEndCheck: "end the check", keyEndRecord: "yes, end and record", keyGoOn: "go on",
		months:       [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		profilesHint: "Each learner has their own progress on this PC. Enter chooses, n adds a learner.",
		nameFirst:    "What is your name?", nameFirstNote: "The progress already on this PC stays yours, now under your name.",
		whoseProgress: "The progress already on this PC has no name yet (listed as \"First learner\"). Is it yours?\n\n" +
			"Press y if it is: you give it your name and go on with it.\nPress n if it is not: you start as a new learner, and that progress stays for its owner.",
		keyMine: "yes, mine", keyNotMine: "no, new learner",

		loading: "Loading progress…", resume: "Continue", lessonsDone: "%d of %d lessons done",
		minutes: "%d min", noLessons: "No lessons yet.", module: "Module", bestScore: "best score",

		rendering: "Preparing the lesson…", readEnd: "Done reading? Press Enter to start the quiz.",
		readPercent: "%3.f%%", noQuiz: "This lesson has no quiz.",

		question: "Question %d of %d", pickOne: "Pick one answer (digit, or ↑↓ then Enter).",
		pickMany:  "Pick all that apply (digit/Space marks, Enter answers).",
		trueFalse: "True or false?", typeAnswer: "Type your answer, then Enter.",
		orderItems: "Put in order: Space grabs/drops, ↑↓ moves, Enter answers.",
		trueWord:   "True", falseWord: "False", correct: "Correct!", wrong: "Not quite.",
		correctAnswer: "Correct answer: %s", explanation: "Explanation: %s",
		score: "Score: %d of %d correct (%d%%)", allRight: "All answers correct. Well done!",
		wrongLeft: "%d answers not yet right.", answerPlaceholder: "answer…", grabbed: "held",
		retryRound: "Retrying the wrong ones", moreBelow: "… (↓/j to read on)",
		quizResult: "Quiz result",

		tooSmall: "Enlarge the window: ajar needs at least %d×%d (now %d×%d).",
		saving:   "Saving…", saveFailed: "Not saved: %s ajar will try again.", opFailed: "Failed (%s): %v", errorPrefix: "Error",
		unsavedQuit: "%d changes not saved yet (%v). Press q once more to quit without them, or keep learning and ajar will try again.",

		savingMark: "… saving", savedMark: "✓ saved", notSaved: "✗ not saved", saveDropped: "Not saved: %s",
		reflectSubtitle: "Reflection: for you alone, not graded", tiedTo: "tied to: %s",
		reflectPlaceholder: "write here, a few sentences if you like…", reflectMarkLabel: "Your reflection",
		actionPlaceholder: "what, when, with whom, the evidence",
		tieHint:           "Tie it to (↑↓ or a digit, then Enter):", keyReflectLater: "later", keyReflect: "write a reflection",
		reflectionBack: "Your reflection (%s): “%s”", tryQuestion: "What have you tried?",
		planRevisitTitle: "Your 30-day plan · day %d", planRevisitHint: "Which have you done? Enter: on to the cards.",
		reviewPlanDue: " · plan, day %d",
		savesWaiting:  "%d ratings waiting to be saved", savesFailed: "%d ratings not saved",
		countNew: "new", countLearning: "learning", countReview: "due",
		reviewLater: "Today's review: %d more due in %s", forecastLater: " (+%d later)",
		errDamaged:      "The progress file is damaged, so ajar writes nothing more to it. Press q: ajar will offer the newest good backup.",
		errDiskFull:     "the disk is full; free some space.",
		errNoPermission: "ajar may not write to its data folder; check the folder's permissions (or an antivirus blocking it).",
		errRefused:      "the store refused this data (%v).",
		errStoreOther:   "%v.",

		keySearch: "search", keySearchCourse: "search the course", keyFind: "find", keyNextMatch: "next", keyPrevMatch: "previous",
		keyOutline: "outline", keyJump: "jump here", keyClose: "close",
		searchCount: "“%s” %d/%d", searchNone: "“%s” not found", outlineTitle: "Outline (Enter: jump)",
		searchTitle: "Search the whole course", searchHint: "Type what to look for; case and accents do not matter.",
		searchHits: "%d found", searchCapped: "first %d found; narrow the search.", keyOpenHit: "open",
		kindTitle: "title", kindObjective: "objective", kindText: "text", kindGlossary: "glossary", searchPlaceholder: "what to look for",
	}
}
