package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"ajar/lessons"
)

// The CSV report is made for Excel and LibreOffice Calc as Indonesian
// offices run them, with the Indonesian locale:
//
//   - The separator is ";": that locale's list separator (its decimal
//     separator is ","), so a double-clicked file opens in columns. --sep
//     switches it for other locales (--sep , for English ones).
//   - UTF-8 with a byte order mark: without it Excel reads the file as
//     Windows-1252 and garbles every non-ASCII letter ("—" in a title, an
//     accented name).
//   - CRLF line ends and RFC 4180 quoting (encoding/csv), as Excel writes.
//   - Scores are integer percentages in their own columns: "4/5" would be
//     read as a date (4 May), "80%" or "0,8" depend on the locale.
//   - Dates are local time as "2026-11-27 14:05", which Excel and Calc read
//     as a date and time in every locale.
//   - An 18-digit NIP is written in its official grouping "19800101 200501
//     1 001": as a bare number Excel would keep only 15 digits and show
//     "1,98E+17".
//   - A text cell starting with = + - or @ gets a leading ' so a learner's
//     name is never run as a formula (CSV injection).

// csvRow is one line of the CSV report: one learner and one lesson.
type csvRow struct {
	Name, EmployeeNumber  string
	Module, Lesson, Title string
	CompletedAt           *time.Time
	BestPercent           *int // nil: never completed
	Attempts              int
	CheckPercent          *int // nil: the module's check not taken
	// CheckCut is set when ajar closed during the module's check; the
	// column appears only when some row has it.
	CheckCut bool
	CardsDue int
	// Source is where a merged learner came from (see exported.source);
	// only a merge fills it, and the column appears only then.
	Source string
	// Reflection is the learner's exported reflection on the lesson; the
	// column appears only when some row has one.
	Reflection string
	// live are the learner's live sessions; the lesson's live answers in
	// them make a column that appears only when some row has one.
	live []LiveSession
}

// csvHeader is the header row in the interface language.
func csvHeader(lang lessons.Lang) []string {
	if lang == lessons.English {
		return []string{"name", "employee_number", "module", "lesson", "lesson_title", "completed_at",
			"best_practice_score_percent", "attempts", "check_score_percent", "cards_due"}
	}
	return []string{"nama", "nip", "modul", "pelajaran", "judul_pelajaran", "selesai_pada",
		"skor_praktik_terbaik_persen", "percobaan", "skor_cek_persen", "kartu_jatuh_tempo"}
}

// csvRows flattens learners into rows: each learner's lessons in order,
// with the check score of the lesson's module.
func csvRows(learners []Learner) []csvRow {
	var rows []csvRow
	for _, l := range learners {
		checks, cut := map[string]int{}, map[string]bool{}
		for _, c := range l.Checks {
			checks[c.Module], cut[c.Module] = c.CheckScore.Percent, c.Interrupted
		}
		reflections := map[string]string{}
		for _, r := range l.Reflections {
			reflections[r.Lesson] = reflectionCell(r)
		}
		for _, ls := range l.Lessons {
			row := csvRow{Reflection: reflections[ls.Lesson], Name: l.Name, EmployeeNumber: l.EmployeeNumber, Module: ls.Module, Lesson: ls.Lesson,
				Title: ls.Title, CompletedAt: ls.CompletedAt, Attempts: ls.Attempts, CardsDue: ls.CardsDue, live: l.LiveSessions}
			if ls.BestScore != nil {
				p := ls.BestScore.Percent
				row.BestPercent = &p
			}
			if p, ok := checks[ls.Module]; ok && ls.Module != "" {
				row.CheckPercent, row.CheckCut = &p, cut[ls.Module]
			}
			rows = append(rows, row)
		}
	}
	return rows
}

// utf8BOM makes Excel read the file as UTF-8.
const utf8BOM = "\ufeff"

// writeCSV writes the rows with a header in lang, separated by comma,
// dates in loc.
func writeCSV(w io.Writer, rows []csvRow, lang lessons.Lang, comma rune, loc *time.Location) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma, cw.UseCRLF = comma, true
	withCut, withSource, withReflections, withLive := false, false, false, false
	for _, r := range rows {
		withCut = withCut || r.CheckCut
		withSource = withSource || r.Source != ""
		withReflections = withReflections || r.Reflection != ""
		withLive = withLive || liveCell(r.live, r.Lesson, loc) != ""
	}
	header := csvHeader(lang)
	if withCut {
		header = append(header, say(lang, "cek_terputus", "check_cut_off"))
	}
	if withSource {
		header = append(header, say(lang, "sumber", "source"))
	}
	if withReflections {
		header = append(header, map[bool]string{true: "reflection", false: "refleksi"}[lang == lessons.English])
	}
	if withLive {
		header = append(header, say(lang, "sesi_langsung", "live_sessions"))
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rows {
		completed := ""
		if r.CompletedAt != nil {
			completed = r.CompletedAt.In(loc).Format("2006-01-02 15:04")
		}
		rec := []string{textCell(r.Name), nipCell(r.EmployeeNumber), textCell(r.Module), textCell(r.Lesson),
			textCell(r.Title), completed, intCell(r.BestPercent), strconv.Itoa(r.Attempts),
			intCell(r.CheckPercent), strconv.Itoa(r.CardsDue)}
		if withCut {
			rec = append(rec, map[bool]string{true: say(lang, "ya", "yes"), false: ""}[r.CheckCut])
		}
		if withSource {
			rec = append(rec, textCell(r.Source))
		}
		if withReflections {
			rec = append(rec, textCell(r.Reflection))
		}
		if withLive {
			rec = append(rec, textCell(liveCell(r.live, r.Lesson, loc)))
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// intCell writes an optional number; nil is an empty cell.
func intCell(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

// textCell keeps a spreadsheet from reading text as a formula, and a
// terminal (the CSV goes to stdout without -o) from acting on a control
// character in a name or title read from a progress file or a report.
func textCell(s string) string {
	s = lessons.CleanName(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// nipCell writes an employee number so a spreadsheet keeps it as text: an
// 18-digit NIP without spaces gets the official 8-6-1-3 grouping.
func nipCell(s string) string {
	s = strings.TrimSpace(s)
	if len(s) == 18 && strings.Trim(s, "0123456789") == "" {
		return s[:8] + " " + s[8:14] + " " + s[14:15] + " " + s[15:]
	}
	return textCell(s)
}
