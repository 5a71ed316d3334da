package lessons

import (
	"fmt"
	"strconv"
	"strings"
)

// Lang selects the language of problem messages.
type Lang string

// The languages problem messages are written in. Indonesian is the default:
// any other Lang value formats as Indonesian.
const (
	Indonesian Lang = "id"
	English    Lang = "en"
)

// Problem is one positioned content problem found while loading, in the
// form `path:line: message` once formatted. Code says what is wrong and Args
// fill the message; keeping them apart lets the message be shown in either
// language and lets tests match on Code rather than on wording.
type Problem struct {
	// Path is the display path of the file or folder (Source.Name joined
	// with the path inside the source).
	Path string
	// Line is the 1-based line in the file, or 0 when the problem is about
	// the whole file or folder.
	Line int
	// Code is one of the Code* constants.
	Code string
	// Args are the values the message of Code needs, in order.
	Args []any
	// Warning marks a problem that does not keep anything from loading:
	// the item-writing checks of CheckItems. It is shown with a
	// "peringatan:" ("warning:") label.
	Warning bool
}

// Problem codes: short kebab-case names of each kind of content problem.
// The Args each code carries are listed after it.
const (
	CodeRead                = "read"                  // the file or folder could not be read (error text)
	CodeNotUTF8             = "not-utf8"              // the file is not valid UTF-8
	CodeYAML                = "yaml"                  // YAML syntax error (parser message)
	CodeNoFrontMatter       = "no-front-matter"       // line 1 is not "---"
	CodeUnclosedFrontMatter = "unclosed-front-matter" // no "---" line closes the front matter
	CodeNoQuiz              = "no-quiz"               // the lesson has no ```quiz block
	CodeExtraQuiz           = "extra-quiz"            // a second quiz block (line of the first)
	CodeEmptyQuiz           = "empty-quiz"            // the quiz block has no question
	CodeExtraFlashcards     = "extra-flashcards"      // a second flashcards block (line of the first)
	CodeEmptyFlashcards     = "empty-flashcards"      // the flashcards block has no card
	CodeUnknownKey          = "unknown-key"           // key, suggestion ("" if none), allowed keys
	CodeOtherTypeKey        = "other-type-key"        // key, the type it belongs to, the question's type
	CodeDuplicateKey        = "duplicate-key"         // key, line of its first use
	CodeMissingKey          = "missing-key"           // key
	CodeEmpty               = "empty"                 // key (or key[n] for a list entry)
	CodeWrongType           = "wrong-type"            // key, expected kind (a kind value)
	CodeBadID               = "bad-id"                // id
	CodeDuplicateID         = "duplicate-id"          // id, "path:line" of its first use
	CodeBadType             = "bad-type"              // type, the valid types
	CodeSingleCorrect       = "single-correct"        // number of correct options
	CodeMultiCorrect        = "multi-correct"         // (none)
	CodeTooFew              = "too-few"               // key, minimum, actual count
	CodeDuplicateOption     = "duplicate-option"      // option text, line of the first
	CodeDuplicateItem       = "duplicate-item"        // item text, line of the first
	CodeDuplicatePair       = "duplicate-pair"        // side ("left" or "right"), its text, line of the first
	CodeTooManyPairs        = "too-many-pairs"        // maximum, actual count
	CodeBadMinutes          = "bad-minutes"           // the value as written
	CodeBadPlanActions      = "bad-plan-actions"      // the value as written
	CodeNoModuleYAML        = "no-module-yaml"        // (none); Path is the folder
	CodeNoLessons           = "no-lessons"            // (none); Path is module.yaml
	CodeNoModules           = "no-modules"            // (none); Path is the source folder

	// Entries a DirSource skips for safety; Path is the skipped entry.
	CodeSymlink    = "symlink"          // (none); symbolic links are never followed
	CodeNotRegular = "not-regular"      // (none); a device, socket, named pipe or other special file
	CodeTooLarge   = "too-large"        // size in KiB, limit in KiB
	CodeTooMany    = "too-many-entries" // the entry limit; Path is the folder where it was reached
	CodeTooDeep    = "too-deep"         // the depth limit; Path is the folder not entered

	// Warnings of CheckItems about how quiz items are written.
	CodeKeyLongest       = "key-longest"      // length of the (shortest) key, of the longest distractor, in characters
	CodeAbsoluteWord     = "tf-absolute"      // the absolute word found in a true/false statement
	CodeHedgeWord        = "tf-hedge"         // the hedging word found in a true statement
	CodeAnswerInPrompt   = "answer-in-prompt" // the answer, where it is shown (a spot value)
	CodeNearDuplicate    = "near-duplicate"   // id of the earlier item, its "path:line"
	CodeOrderDated       = "order-dated"      // (none)
	CodeOrderNumbered    = "order-numbered"   // (none)
	CodeTrueFalseBalance = "tf-balance"       // true answers, false answers; Path is the module's module.yaml
	CodeAllNone          = "all-none-option"  // the option text
	CodeNegativeStem     = "negative-stem"    // the negative word, lower case
	CodeMinutes          = "minutes-estimate" // minutes written, estimate, reading, answering, questions

	// Content that could drive the learner's terminal (see CleanText).
	CodeControl      = "control"       // the control character ("U+001B") or character reference ("&#27;")
	CodeManyControls = "many-controls" // how many lines have control characters
	CodeControlName  = "control-name"  // (none); Path is the skipped entry, its name escaped

	// Names a Windows PC cannot use; Path is the skipped entry.
	CodeWindowsName = "windows-name" // (none)
	CodeCaseClash   = "case-clash"   // the name it clashes with

	// Reading problems with a hint of what to do.
	CodeUTF16      = "utf16"      // (none); the file is UTF-16, which Notepad calls "Unicode"
	CodePermission = "permission" // error text; the user may not read the file or folder

	// Content beyond the limits in limits.go.
	CodeBodyTooLarge = "body-too-large" // size in KiB, limit in KiB
	CodeTooManyLines = "too-many-lines" // lines, limit
	CodeLongLine     = "long-line"      // characters, limit
	CodeLongWord     = "long-word"      // characters, limit
	CodeTooNested    = "too-nested"     // the nesting limit
	CodeBigTable     = "big-table"      // rows, columns, row limit, column limit
	CodeYAMLTooLarge = "yaml-too-large" // what ("front matter", "quiz", "module.yaml"...), size in KiB, limit in KiB
	CodeLongText     = "long-text"      // key, characters, limit
)

// spot names where an answer was found printed. It is its own type so
// that Format can translate it.
type spot string

// The places an answer can be given away.
const (
	spotPrompt spot = "prompt"
	spotTitle  spot = "title"
)

// word returns the spot in lang, as used inside a message.
func (s spot) word(lang Lang) string {
	en := lang == English
	switch s {
	case spotPrompt:
		return pick(en, "in the prompt", "di pertanyaannya")
	case spotTitle:
		return pick(en, "in the lesson title", "di judul pelajaran")
	}
	return string(s)
}

// kind names the shape a YAML value must have. It is its own type so that
// Format can translate it when it appears among a Problem's Args.
type kind string

// The kinds of YAML values the format expects.
const (
	kindText    kind = "text"
	kindList    kind = "list"
	kindMapping kind = "mapping"
	kindInt     kind = "integer"
	kindBool    kind = "bool"
)

// word returns the kind in lang, as used inside a message.
func (k kind) word(lang Lang) string {
	en := lang == English
	switch k {
	case kindText:
		return pick(en, "text", "teks")
	case kindList:
		return pick(en, "a list (lines starting with \"- \")", "daftar (baris yang diawali \"- \")")
	case kindMapping:
		return pick(en, "a mapping (key: value lines)", "pasangan kunci: nilai")
	case kindInt:
		return pick(en, "a whole number", "bilangan bulat")
	case kindBool:
		return pick(en, "true or false (without quotes)", "true atau false (tanpa tanda kutip)")
	}
	return string(k)
}

// pick returns en when en is true and id otherwise; it keeps the message
// table below one line per language.
func pick(en bool, enText, idText string) string {
	if en {
		return enText
	}
	return idText
}

// Format renders the problem as `path:line: message` in lang (`path: message`
// when Line is 0); a warning's message starts with "peringatan: "
// ("warning: "). The result is one line safe to print: a control
// character in a file name or in an error text is shown escaped (see
// CleanName).
func (p Problem) Format(lang Lang) string {
	msg := p.message(lang)
	if p.Warning {
		msg = pick(lang == English, "warning: ", "peringatan: ") + msg
	}
	switch {
	case p.Path == "":
	case p.Line > 0:
		msg = p.Path + ":" + strconv.Itoa(p.Line) + ": " + msg
	default:
		msg = p.Path + ": " + msg
	}
	return CleanName(msg)
}

// argString returns args[i] when it is a string.
func argString(args []any, i int) (string, bool) {
	if i >= len(args) {
		return "", false
	}
	s, ok := args[i].(string)
	return s, ok
}

// Error returns the problem formatted in Indonesian, so a Problem can be
// used as an error.
func (p Problem) Error() string { return p.Format(Indonesian) }

// message fills the template of p.Code in lang with p.Args.
func (p Problem) message(lang Lang) string {
	args := make([]any, len(p.Args))
	for i, a := range p.Args {
		switch v := a.(type) {
		case kind:
			a = v.word(lang)
		case spot:
			a = v.word(lang)
		}
		args[i] = a
	}
	if s, ok := argString(args, 0); ok && p.Code == CodeYAML {
		args[0] = yamlExplain(s, lang == English)
	}
	tmpl, n := template(p.Code, lang, args)
	if tmpl == "" || n > len(args) {
		// An unknown code or too few args: still show something useful
		// rather than a "%!s(MISSING)" message.
		var b strings.Builder
		b.WriteString(p.Code + ":")
		for _, a := range args {
			fmt.Fprint(&b, " ", a)
		}
		return b.String()
	}
	return fmt.Sprintf(tmpl, args[:n]...)
}

// template returns the message template of code in lang and how many args it
// uses. The table lives in a function so that no package-level map can be
// mutated.
func template(code string, lang Lang, args []any) (string, int) {
	en := lang == English
	switch code {
	case CodeRead:
		return pick(en, "cannot read: %v", "tidak dapat dibaca: %v"), 1
	case CodeNotUTF8:
		return pick(en, "file is not valid UTF-8 (the first bad byte is on this line; it was probably saved as ANSI/Windows-1252); save it again as UTF-8",
			"berkas bukan UTF-8 yang sah (bita rusak pertama ada di baris ini; mungkin tersimpan sebagai ANSI/Windows-1252); simpan ulang sebagai UTF-8"), 0
	case CodeWindowsName:
		return pick(en, "skipped: Windows cannot use this name (a device name such as CON or NUL, one of <>:\"/\\|?*, or a dot or space at the end); rename it",
			"dilewati: nama ini tidak dapat dipakai di Windows (nama perangkat seperti CON atau NUL, salah satu <>:\"/\\|?*, atau titik atau spasi di akhir); ganti namanya"), 0
	case CodeCaseClash:
		return pick(en, "skipped: differs from %q only in case, and Windows sees one name; rename one of them",
			"dilewati: hanya berbeda huruf besar-kecil dari %q, dan Windows menganggapnya satu nama; ganti salah satunya"), 1
	case CodeUTF16:
		return pick(en, `file is saved as UTF-16 (Notepad calls it "Unicode"); save it again as UTF-8`,
			`berkas tersimpan sebagai UTF-16 (di Notepad disebut "Unicode"); simpan ulang sebagai UTF-8`), 0
	case CodePermission:
		return pick(en, "cannot read: %v; your user has no permission to read it: copy the folder to a place of your own (such as Documents) or ask its owner for access",
			"tidak dapat dibaca: %v; pengguna Anda tidak berhak membacanya: salin foldernya ke tempat milik Anda (misalnya Documents) atau minta izin kepada pemiliknya"), 1
	case CodeYAML:
		return pick(en, "invalid YAML: %v", "YAML tidak sah: %v"), 1
	case CodeNoFrontMatter:
		return pick(en, `the file must start with a "---" line that opens the front matter`,
			`berkas harus diawali baris "---" yang membuka front matter`), 0
	case CodeUnclosedFrontMatter:
		return pick(en, `the front matter is not closed; add a "---" line after its last key`,
			`front matter tidak ditutup; tambahkan baris "---" setelah kunci terakhirnya`), 0
	case CodeNoQuiz:
		return pick(en, "no ```quiz block; add one at the end of the lesson",
			"tidak ada blok ```quiz; tambahkan satu di akhir pelajaran"), 0
	case CodeExtraQuiz:
		return pick(en, "second quiz block; a lesson has only one (the first is on line %v)",
			"blok quiz kedua; satu pelajaran hanya boleh punya satu (yang pertama di baris %v)"), 1
	case CodeEmptyQuiz:
		return pick(en, "the quiz block is empty; write at least one question",
			"blok quiz kosong; tulis sedikitnya satu pertanyaan"), 0
	case CodeExtraFlashcards:
		return pick(en, "second flashcards block; a lesson has at most one (the first is on line %v)",
			"blok flashcards kedua; satu pelajaran paling banyak punya satu (yang pertama di baris %v)"), 1
	case CodeEmptyFlashcards:
		return pick(en, "the flashcards block is empty; write at least one card or remove the block",
			"blok flashcards kosong; tulis sedikitnya satu kartu atau hapus blok ini"), 0
	case CodeUnknownKey:
		if len(args) >= 2 && args[1] != "" {
			return pick(en, `unknown key %q; did you mean %q?`, `kunci %q tidak dikenal; maksud Anda %q?`), 2
		}
		if len(args) >= 3 {
			return pick(en, `unknown key %q; allowed keys: %[3]v`, `kunci %q tidak dikenal; kunci yang boleh: %[3]v`), 3
		}
		return pick(en, `unknown key %q`, `kunci %q tidak dikenal`), 1
	case CodeOtherTypeKey:
		return pick(en, `key %q belongs to %v questions, not %v; remove it or change "type"`,
			`kunci %q milik pertanyaan %v, bukan %v; hapus kunci ini atau ubah "type"`), 3
	case CodeDuplicateKey:
		return pick(en, `key %q is written twice (first on line %v); keep one`,
			`kunci %q ditulis dua kali (pertama di baris %v); sisakan satu`), 2
	case CodeMissingKey:
		return pick(en, `required key %q is missing`, `kunci %q wajib ada`), 1
	case CodeEmpty:
		return pick(en, `%q must not be empty`, `%q tidak boleh kosong`), 1
	case CodeWrongType:
		return pick(en, `%q must be %v`, `%q harus berupa %v`), 2
	case CodeBadID:
		return pick(en, `invalid id %q; use lower-case letters a-z, digits, ".", "_" or "-", starting with a letter or digit`,
			`id %q tidak sah; pakai huruf kecil a-z, angka, ".", "_" atau "-", diawali huruf atau angka`), 1
	case CodeDuplicateID:
		return pick(en, `id %q is already used at %v`, `id %q sudah dipakai di %v`), 2
	case CodeBadType:
		return pick(en, `unknown question type %q; use one of: %v`,
			`tipe pertanyaan %q tidak dikenal; pakai salah satu: %v`), 2
	case CodeSingleCorrect:
		return pick(en, `a single question needs exactly one option with "correct: true"; it has %v`,
			`pertanyaan single harus punya tepat satu opsi "correct: true"; sekarang ada %v`), 1
	case CodeMultiCorrect:
		return pick(en, `a multi question needs at least one option with "correct: true"`,
			`pertanyaan multi perlu sedikitnya satu opsi "correct: true"`), 0
	case CodeTooFew:
		return pick(en, `%q needs at least %v entries; it has %v`,
			`%q perlu sedikitnya %v isian; sekarang ada %v`), 3
	case CodeDuplicateOption:
		return pick(en, `option %q is repeated (first on line %v); every option must differ`,
			`opsi %q terulang (pertama di baris %v); setiap opsi harus berbeda`), 2
	case CodeDuplicateItem:
		return pick(en, `item %q is repeated (first on line %v); every item must differ`,
			`item %q terulang (pertama di baris %v); setiap item harus berbeda`), 2
	case CodeDuplicatePair:
		return pick(en, `%q %q is repeated (first on line %v); every left and every right item of the pairs must differ`,
			`%q %q terulang (pertama di baris %v); setiap item kiri dan setiap item kanan pasangan harus berbeda`), 3
	case CodeTooManyPairs:
		return pick(en, `a matching question has at most %v pairs, one for each digit key; it has %v`,
			`pertanyaan matching paling banyak punya %v pasangan, satu untuk setiap tombol angka; sekarang ada %v`), 2
	case CodeBadMinutes:
		return pick(en, `"minutes" must be a whole number from 1 to 60, not %q`,
			`"minutes" harus bilangan bulat 1 sampai 60, bukan %q`), 1
	case CodeBadPlanActions:
		return pick(en, `"actions" of a plan must be a whole number from 1 to 5, not %q`,
			`"actions" pada rencana harus bilangan bulat 1 sampai 5, bukan %q`), 1
	case CodeNoModuleYAML:
		return pick(en, "module.yaml missing; a folder with lessons needs a module.yaml with id, title and order",
			"module.yaml tidak ada; folder berisi pelajaran perlu module.yaml berisi id, title dan order"), 0
	case CodeNoLessons:
		return pick(en, "the module has no lessons; add .md lesson files next to module.yaml",
			"modul ini belum punya pelajaran; tambahkan berkas pelajaran .md di samping module.yaml"), 0
	case CodeNoModules:
		return pick(en, "no modules here; give a course folder (module folders inside) or a module folder (with module.yaml)",
			"tidak ada modul di sini; berikan folder kursus (berisi folder modul) atau folder modul (berisi module.yaml)"), 0
	case CodeSymlink:
		return pick(en, "skipped: symbolic links are not followed; copy the file itself into the folder",
			"dilewati: tautan simbolik tidak diikuti; salin berkas aslinya ke dalam folder"), 0
	case CodeNotRegular:
		return pick(en, "skipped: not a regular file (a device, socket or named pipe)",
			"dilewati: bukan berkas biasa (perangkat, soket atau pipa bernama)"), 0
	case CodeTooLarge:
		return pick(en, "skipped: file too large (%v KiB; limit %v KiB)",
			"dilewati: berkas terlalu besar (%v KiB; batas %v KiB)"), 2
	case CodeTooMany:
		return pick(en, "skipped: more than %v files and folders; the rest is not read",
			"dilewati: lebih dari %v berkas dan folder; sisanya tidak dibaca"), 1
	case CodeTooDeep:
		return pick(en, "skipped: folder nested more than %v levels deep; its contents are not read",
			"dilewati: folder bersarang lebih dari %v tingkat; isinya tidak dibaca"), 1
	case CodeControl:
		if s, ok := argString(args, 0); ok && strings.HasPrefix(s, "&") {
			return pick(en, "%v stands for a control character, which could take over the learner's terminal; remove it",
				"%v mewakili karakter kendali yang dapat mengambil alih terminal peserta; hapus"), 1
		}
		return pick(en, "control character %v, which could take over the learner's terminal; remove it",
			"karakter kendali %v yang dapat mengambil alih terminal peserta; hapus"), 1
	case CodeManyControls:
		return pick(en, "%v lines have control characters; only the first 20 are listed",
			"%v baris berisi karakter kendali; hanya 20 yang pertama dicantumkan"), 1
	case CodeControlName:
		return pick(en, "skipped: the name holds control characters or is not UTF-8; rename it",
			"dilewati: namanya berisi karakter kendali atau bukan UTF-8; ganti namanya"), 0
	case CodeBodyTooLarge:
		return pick(en, "text too long (%v KiB; limit %v KiB); split it into several lessons",
			"teks terlalu panjang (%v KiB; batas %v KiB); bagi menjadi beberapa pelajaran"), 2
	case CodeTooManyLines:
		return pick(en, "text has too many lines (%v; limit %v); split it into several lessons",
			"teks terlalu banyak barisnya (%v; batas %v); bagi menjadi beberapa pelajaran"), 2
	case CodeLongLine:
		return pick(en, "line too long (%v characters; limit %v); break it into shorter lines or paragraphs",
			"baris terlalu panjang (%v karakter; batas %v); pecah menjadi baris atau paragraf yang lebih pendek"), 2
	case CodeLongWord:
		return pick(en, "a word of %v characters (limit %v); add spaces or shorten the link",
			"ada kata sepanjang %v karakter (batas %v); beri spasi atau perpendek tautannya"), 2
	case CodeTooNested:
		return pick(en, "quotes and lists nested more than %v levels deep; nest them less",
			"kutipan dan daftar bersarang lebih dari %v tingkat; kurangi tingkatnya"), 1
	case CodeBigTable:
		return pick(en, "table too large (%v rows, %v columns; limit %v rows, %v columns); split it",
			"tabel terlalu besar (%v baris, %v kolom; batas %v baris, %v kolom); bagi menjadi beberapa tabel"), 4
	case CodeYAMLTooLarge:
		return pick(en, "%v too large (%v KiB; limit %v KiB)", "%v terlalu besar (%v KiB; batas %v KiB)"), 3
	case CodeLongText:
		return pick(en, "%q too long (%v characters; limit %v)", "%q terlalu panjang (%v karakter; batas %v)"), 3
	}
	return warningTemplate(code, en)
}

// warningTemplate returns the message template of a CheckItems code and
// how many args it uses: what is wrong, why it matters, and how to fix it.
func warningTemplate(code string, en bool) (string, int) {
	switch code {
	case CodeKeyLongest:
		return pick(en, "the correct option is much longer than every distractor (%v against at most %v characters), so it can be picked by length alone; give all options the same length and detail: shorten the key or make the distractors as full",
			"opsi benar jauh lebih panjang daripada semua pengecoh (%v lawan paling banyak %v huruf), jadi bisa ditebak dari panjangnya saja; samakan panjang dan rinciannya: ringkas kuncinya atau lengkapi pengecohnya"), 2
	case CodeAbsoluteWord:
		return pick(en, "the true/false statement uses the absolute word %q; such words mark a statement as false, so learners answer without knowing the idea; state the exact claim without it",
			"pernyataan benar/salah memakai kata mutlak %q; kata seperti ini menandai pernyataan yang salah, jadi peserta bisa menjawab tanpa memahami isinya; rumuskan klaimnya dengan tepat tanpa kata itu"), 1
	case CodeHedgeWord:
		return pick(en, "the true statement uses the hedging word %q, which marks a statement as true; state it plainly",
			"pernyataan yang benar memakai kata ragu %q; kata seperti ini menandai pernyataan yang benar; rumuskan dengan tegas"), 1
	case CodeAnswerInPrompt:
		return pick(en, "the answer %q is already written %v, so it can be copied without understanding; ask in a way that does not show it",
			"jawaban %q sudah tertulis %v, jadi bisa disalin tanpa memahami; ubah pertanyaannya agar jawaban tidak terlihat"), 2
	case CodeNearDuplicate:
		return pick(en, "this item asks what %v asks (%v); review already repeats every item, so a copy only adds load; drop one, or turn it into a scenario that makes the learner use the idea",
			"soal ini menanyakan hal yang sama dengan %v (%v); ulangan sudah mengulang setiap soal, jadi salinannya hanya menambah beban; hapus salah satu, atau ubah menjadi skenario kerja yang meminta peserta memakai gagasannya"), 2
	case CodeOrderDated:
		return pick(en, "every item carries its own year or date, so the order can be read off without knowing the content; order a process or a chain of causes instead, or drop the dates",
			"setiap item mencantumkan tahun atau tanggalnya sendiri, jadi urutannya terbaca tanpa memahami isinya; urutkan proses atau rantai sebab-akibat, atau hapus tanggalnya"), 0
	case CodeOrderNumbered:
		return pick(en, "every item starts with its own position (a number or \"first\", \"second\"), so the order is given away; remove those marks",
			"setiap item diawali penanda urutannya sendiri (angka, atau \"pertama\", \"kedua\"), jadi urutannya sudah tertulis; hapus penanda itu"), 0
	case CodeTrueFalseBalance:
		return pick(en, "%v true/false statements in this module are true and %v are false; always giving the same answer scores well; rewrite some so that about half are true",
			"%v pernyataan benar/salah di modul ini berjawaban benar dan %v berjawaban salah; menjawab sama terus sudah memberi skor tinggi; ubah beberapa pernyataan agar kira-kira separuhnya benar"), 2
	case CodeAllNone:
		return pick(en, "option %q is an \"all/none of the above\" option: it can be chosen from two other options alone and breaks when options are shuffled; write a plausible distractor instead",
			"opsi %q adalah opsi \"semua/tidak satu pun di atas\": bisa dipilih hanya dari dua opsi lain dan tidak bermakna bila opsi diacak; ganti dengan pengecoh yang masuk akal"), 1
	case CodeNegativeStem:
		return pick(en, "the question asks with the negative %q in lower case, which learners easily miss; ask positively, or write it in capitals (NOT, EXCEPT)",
			"pertanyaan memakai kata ingkar %q dengan huruf kecil, yang mudah terlewat; ajukan secara positif, atau tulis dengan huruf kapital (BUKAN, KECUALI)"), 1
	case CodeMinutes:
		return pick(en, "\"minutes\" is %v, but the lesson takes about %v minutes: about %v to read and %v to answer its %v questions; write minutes: %[2]v",
			"\"minutes\" berisi %v, padahal pelajaran ini memerlukan sekitar %v menit: sekitar %v menit membaca dan %v menit mengerjakan %v soalnya; tulis minutes: %[2]v"), 5
	}
	return "", 0
}
