package classroom

import "ajar/tui/lang"

// serveTextsOf is the table of every text the class server and its join
// screen show, in the way of tui's textsOf: serveTextTable holds both
// languages side by side, serveTextsOf[string] one of them. (The room's
// console keeps a table of its own.)
type serveTextsOf[T any] struct {
	// Before and during the class code.
	banner, codePrompt, codeWrong, codeBlocked T
	// Sessions turned away, and why a session ends.
	full, noCommand, noTerminal, classClosed, closing, takenOver T
	// The join screen.
	joinTitle, joinIntro, joinName, joinNIP, joinHelp, joinChecking, joinTooSmall T
	joinNeedName, joinBadNIP, joinNeedNIP, joinOtherNIP, joinSameName             T
	joinInvalid, joinFailed                                                       T
	// The server's log, for the trainer.
	logJoined, logLeft, logRefused T
}

// serveTr is one text of the table: Indonesian, then English.
func serveTr(id, en string) lang.Text { return lang.Text{ID: id, EN: en} }

// serveTexts returns the server's texts in l.
func serveTexts(l lang.Lang) serveTextsOf[string] {
	return lang.Resolve[serveTextsOf[string]](serveTextTable, l)
}

var serveTextTable = serveTextsOf[lang.Text]{
	banner: serveTr("Kelas ajar. Masukkan kode kelas yang diberikan pelatih.\n",
		"ajar class. Enter the class code your trainer gave you.\n"),
	codePrompt: serveTr("Kode kelas: ", "Class code: "),
	codeWrong: serveTr("Kode kelas salah. Tanyakan kode yang benar kepada pelatih.",
		"Wrong class code. Ask your trainer for the right one."),
	codeBlocked: serveTr("Terlalu banyak kode salah dari komputer ini: tunggu satu menit, lalu coba lagi.\n",
		"Too many wrong codes from this computer: wait a minute, then try again.\n"),
	full: serveTr("Kelas penuh: %d pelajar sudah tersambung. Coba lagi nanti, atau minta pelatih menaikkan --max-sessions.",
		"The class is full: %d learners are connected. Try again later, or ask the trainer to raise --max-sessions."),
	noCommand: serveTr("Di kelas ajar hanya tutor yang berjalan; perintah %q ditolak. Sambung tanpa perintah, persis seperti yang ditulis pelatih.",
		"Only the tutor runs in an ajar class; the command %q is refused. Connect without a command, exactly as the trainer wrote it."),
	noTerminal: serveTr("Kelas ajar butuh terminal. Sambung tanpa -T dan tanpa perintah, persis seperti yang ditulis pelatih.",
		"An ajar class needs a terminal. Connect without -T and without a command, exactly as the trainer wrote it."),
	classClosed: serveTr("Kelas sudah ditutup.", "The class has ended."),
	closing: serveTr("Pelatih menutup kelas. Jawaban Anda disimpan di PC pelatih.",
		"The trainer has ended the class. Your answers are kept on the trainer's PC."),
	takenOver: serveTr("%s masuk lagi dari terminal lain, jadi sesi ini ditutup. Bila Anda orang lain, masuk lagi dengan nama lengkap Anda.",
		"%s joined again from another terminal, so this session is closed. If you are someone else, join again with your full name."),
	joinTitle: serveTr("Kelas ajar", "ajar class"),
	joinIntro: serveTr("Tulis nama Anda. Sudah pernah belajar di kelas ini? Pakai nama yang sama: kemajuan Anda berlanjut.",
		"Type your name. Studied in this class before? Use the same name and your progress carries on."),
	joinName:     serveTr("Nama", "Name"),
	joinNIP:      serveTr("NIP (boleh kosong)", "NIP (optional)"),
	joinHelp:     serveTr("Tab pindah kolom · Enter masuk · Esc keluar", "Tab next field · Enter join · Esc leave"),
	joinChecking: serveTr("Memeriksa…", "Checking…"),
	joinTooSmall: serveTr("Perbesar jendela: ajar butuh sedikitnya %d×%d (sekarang %d×%d).",
		"Enlarge the window: ajar needs at least %d×%d (now %d×%d)."),
	joinNeedName: serveTr("Tulis nama Anda dulu.", "Type your name first."),
	joinBadNIP:   serveTr("NIP hanya berisi angka dan spasi.", "A NIP has only digits and spaces."),
	joinNeedNIP: serveTr("Pelajar bernama %s tercatat dengan NIP. Tulis NIP Anda untuk melanjutkan kemajuannya.",
		"The learner named %s is recorded with a NIP. Type your NIP to carry on with their progress."),
	joinOtherNIP: serveTr("Nama %s sudah dipakai pelajar dengan NIP lain. Tulis nama lengkap Anda, atau tanyakan pelatih.",
		"The name %s belongs to a learner with another NIP. Type your full name, or ask the trainer."),
	joinSameName: serveTr("Ada beberapa pelajar bernama %s dan NIP tidak membedakan mereka. Tanyakan pelatih.",
		"Several learners are named %s and the NIP does not tell them apart. Ask the trainer."),
	joinInvalid: serveTr("Nama atau NIP ini tidak dapat dipakai: nama paling banyak 80 huruf, NIP paling banyak 30 angka.",
		"This name or NIP cannot be used: a name has at most 80 letters, a NIP at most 30 digits."),
	joinFailed: serveTr("Kemajuan tidak dapat dibaca (%v). Tanyakan pelatih.",
		"Progress cannot be read (%v). Ask the trainer."),
	logJoined:  serveTr("%s masuk dari %s", "%s joined from %s"),
	logLeft:    serveTr("%s keluar", "%s left"),
	logRefused: serveTr("ditolak, %s: %s", "refused, %s: %s"),
}
