package classroom

import (
	"ajar/tui/lang"
	"ajar/tui/ui"
)

// consoleTextOf is every text of the trainer's console, a table like the
// tutor's (package lang): consoleTextOf[lang.Text] holds both languages
// side by side (consoleTable), consoleText one of them. Its names carry
// "console" because the server's files share the package.
type consoleTextOf[T any] struct {
	// Keys help.
	keyUp, keyDown, keySort, keyLive, keyPrevQ, keyNextQ, keyPick, keyModule T
	keyPush, keyReveal, keyEnd, keyBack, keyHelp, keyQuit, keyYesNo          T
	// The room overview.
	title, connected, sortedBy, noLearners, onMap, liveLine, moreRows T
	colName, colLesson, colDone, colCheck, colAnswered                T
	sortName, sortLesson, sortDone, sortCheck                         T
	// The live control.
	liveTitle, moduleLine, questionOf, lessonLine, noQuestions, noModules T
	notPushed, pushed, answeredOf, chartHidden, answerIs, revealedNote    T
	trueWord, falseWord, rightWord, wrongWord                             T
	// Ending the class.
	confirmQuit, closing, closeReason, tooSmall T
}

// consoleText is the console's texts in the interface language.
type consoleText = consoleTextOf[string]

// consoleTexts returns the console's texts; unknown languages get
// Indonesian.
func consoleTexts(l ui.Lang) consoleText { return lang.Resolve[consoleText](consoleTable, l) }

// ct is one text of the console's table: Indonesian, then English.
func ct(id, en string) lang.Text { return lang.Text{ID: id, EN: en} }

// consoleTable is every text of the console in both languages.
var consoleTable = consoleTextOf[lang.Text]{
	keyUp:       ct("naik", "up"),
	keyDown:     ct("turun", "down"),
	keySort:     ct("ganti urutan", "change sort"),
	keyLive:     ct("soal langsung / kelas", "live questions / room"),
	keyPrevQ:    ct("soal sebelumnya", "previous question"),
	keyNextQ:    ct("soal berikutnya", "next question"),
	keyPick:     ct("pilih soal", "pick a question"),
	keyModule:   ct("modul lain", "other module"),
	keyPush:     ct("kirim ke kelas", "push to the room"),
	keyReveal:   ct("buka jawaban", "reveal"),
	keyEnd:      ct("akhiri soal", "end question"),
	keyBack:     ct("kembali", "back"),
	keyHelp:     ct("bantuan", "help"),
	keyQuit:     ct("akhiri kelas", "end class"),
	keyYesNo:    ct("ya / tidak", "yes / no"),
	title:       ct("ajar · Kelas", "ajar · Class"),
	connected:   ct("%d pelajar terhubung", "%d learners connected"),
	sortedBy:    ct("urut: %s", "sorted by: %s"),
	noLearners:  ct("Belum ada pelajar. Mereka masuk dengan perintah ssh yang tercetak saat server mulai.", "No learners yet. They join with the ssh command printed when the server started."),
	onMap:       ct("(peta kursus)", "(course map)"),
	liveLine:    ct("Soal langsung: %s · %s", "Live question: %s · %s"),
	moreRows:    ct("baris %d–%d dari %d · ↑/↓ menggulir", "rows %d–%d of %d · ↑/↓ scroll"),
	colName:     ct("Nama", "Name"),
	colLesson:   ct("Pelajaran", "Lesson"),
	colDone:     ct("Selesai", "Done"),
	colCheck:    ct("Cek", "Check"),
	colAnswered: ct("Jawab", "Answer"),
	sortName:    ct("nama", "name"),
	sortLesson:  ct("pelajaran", "lesson"),
	sortDone:    ct("pelajaran selesai", "lessons done"),
	sortCheck:   ct("skor cek", "check score"),
	liveTitle:   ct("Soal langsung", "Live question"),
	moduleLine:  ct("Modul %d: %s", "Module %d: %s"),
	questionOf:  ct("Soal %d dari %d", "Question %d of %d"),
	lessonLine:  ct("Pelajaran: %s", "Lesson: %s"),
	noQuestions: ct("Modul ini tidak punya soal.", "This module has no questions."),
	noModules:   ct("Tidak ada modul.", "No modules."),
	notPushed:   ct("Belum dikirim. Tekan %s untuk mengirimnya ke kelas.", "Not pushed yet. Press %s to push it to the room."),
	pushed:      ct("Terkirim ke kelas", "Pushed to the room"),
	answeredOf:  ct("%d dari %d menjawab", "%d of %d answered"),
	chartHidden: ct("Grafik jawaban tersembunyi. Tekan %s untuk membukanya ke kelas.", "The answer chart is hidden. Press %s to reveal it to the room."),
	answerIs:    ct("Jawaban: %s", "Answer: %s"),
	revealedNote: ct("Jawaban sudah dibuka ke kelas. Tekan %s untuk kembali belajar mandiri.",
		"The answer is out. Press %s to return everyone to self-study."),
	trueWord:    ct("Benar", "True"),
	falseWord:   ct("Salah", "False"),
	rightWord:   ct("jawaban benar", "right answers"),
	wrongWord:   ct("jawaban salah", "wrong answers"),
	confirmQuit: ct("Akhiri kelas? Semua pelajar diberi tahu dan jawabannya disimpan. (y/n)", "End the class? Every learner is told and their answers are saved. (y/n)"),
	closing:     ct("Menutup kelas, menyimpan jawaban semua pelajar…", "Closing the class, saving every learner's answers…"),
	closeReason: ct("Pelatih mengakhiri kelas. Jawaban Anda sudah disimpan. Terima kasih!", "The trainer ended the class. Your answers are saved. Thank you!"),
	tooSmall:    ct("Jendela terlalu kecil: perlu %d×%d, sekarang %d×%d.", "Window too small: needs %d×%d, now %d×%d."),
}
