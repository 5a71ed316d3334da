package report

import (
	"io"
	"slices"

	"ajar/lessons"
)

// Format is one way `ajar report` writes a document (--format NAME). The
// command reads its list, its flag's help, its checks and its messages
// from formats below, so a new format is its own file here and one line in
// that table.
type Format struct {
	// Name is the value of --format.
	Name string
	// private, when set, says in Indonesian and English why the format
	// never carries a learner's reflections: it goes to a system, not to
	// someone the learner chose.
	private [2]string
	// write writes doc.
	write func(w io.Writer, doc Doc, env Env, o Options) error
}

// Options are the choices of whoever reads a document: the language of
// its headers and the CSV column separator.
type Options struct {
	Lang  lessons.Lang
	Comma rune
}

// formats are the formats of `ajar report`, the default first.
var formats = []Format{
	{Name: "json", write: func(w io.Writer, doc Doc, _ Env, _ Options) error { return writeJSON(w, doc) }},
	{Name: "csv", write: func(w io.Writer, doc Doc, env Env, o Options) error {
		return writeCSV(w, csvRows(doc.Learners), o.Lang, o.Comma, env.Loc)
	}},
	{Name: "xapi", write: func(w io.Writer, doc Doc, env Env, _ Options) error { return writeJSON(w, xapiStatements(doc, env)) },
		private: [2]string{"refleksi tidak dikirim ke LRS", "reflections are not sent to an LRS"}},
}

// Formats lists the formats, the default first.
func Formats() []Format { return slices.Clone(formats) }

// FormatNamed returns the format called name, and false when there is none.
func FormatNamed(name string) (Format, bool) {
	for _, f := range formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Write writes doc, made in env, in the format.
func (f Format) Write(w io.Writer, doc Doc, env Env, o Options) error { return f.write(w, doc, env, o) }

// Reflections reports whether the format may carry a learner's
// reflections, when the learner exports them.
func (f Format) Reflections() bool { return f.private[0] == "" }

// NoReflections says in lang why the format never carries reflections, ""
// for one that may.
func (f Format) NoReflections(lang lessons.Lang) string {
	if f.Reflections() {
		return ""
	}
	return say(lang, f.private[0], f.private[1])
}
