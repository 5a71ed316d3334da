package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"ajar/lessons"
	"ajar/progress"
)

// openTestReader opens lesson id at width w and height h, running the
// render Cmd so the text is shown.
func openTestReader(t *testing.T, id string, scroll float64, w, h int) readerModel {
	t.Helper()
	d, _ := newTestDeps(t)
	m := newReaderModel(testTexts(), testStyles(d), d.Markdown)
	m, _ = m.setSize(w, h)
	m, cmd := m.open(d.Catalog.Lesson(id), "Modul Satu", scroll)
	rendered, ok := findMsg[lessonRenderedMsg](runCmd(cmd))
	if !ok {
		t.Fatal("open did not ask for a render")
	}
	m, _ = m.Update(rendered)
	return m
}

func TestReaderRendersMarkdownWithoutMarkers(t *testing.T) {
	m := openTestReader(t, "l1", 0, 80, 40)
	styled := m.View()
	if !strings.Contains(styled, "\x1b[1mpenting") {
		t.Errorf("bold text is not styled bold:\n%q", styled)
	}
	v := ansi.Strip(styled)
	for _, want := range []string{"Pelajaran Pertama", "Bagian awal", "penting", "butir satu"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q", want)
		}
	}
	for _, raw := range []string{"## ", "```", "l1-q1", "- butir"} {
		if strings.Contains(v, raw) {
			t.Errorf("view shows raw Markdown or quiz source %q:\n%s", raw, v)
		}
	}
}

func TestReaderDropsStaleRenders(t *testing.T) {
	m := openTestReader(t, "l1", 0, 80, 40)
	before := m.View()
	m, _ = m.Update(lessonRenderedMsg{lessonID: "l1", width: 50, text: "STALE WIDTH"})
	m, _ = m.Update(lessonRenderedMsg{lessonID: "l2", width: 80, text: "STALE LESSON"})
	if m.View() != before {
		t.Fatalf("a stale render replaced the text:\n%s", m.View())
	}
	if _, ok := m.cache[renderKey{"l2", 80}]; !ok {
		t.Fatal("a stale render was not kept in the cache for later")
	}
}

func TestReaderResizeUsesCache(t *testing.T) {
	m := openTestReader(t, "l1", 0, 80, 40)
	m, cmd := m.setSize(60, 40)
	if cmd == nil {
		t.Fatal("a new width must trigger a render")
	}
	m, _ = m.Update(runCmd(cmd)[0])
	m, cmd = m.setSize(80, 40)
	if cmd != nil || !m.rendered {
		t.Fatal("returning to a rendered width must use the cache, not render again")
	}
}

func TestReaderEnterPagesThenStartsQuiz(t *testing.T) {
	m := openTestReader(t, "l1", 0, 60, 8)
	if m.vp.AtBottom() {
		t.Fatal("test needs a lesson longer than the window")
	}
	var msgs []tea.Msg
	for i := 0; i < 20; i++ {
		var cmd tea.Cmd
		m, cmd = m.Update(keyMsg("enter"))
		if msgs = runCmd(cmd); len(msgs) > 0 {
			break
		}
	}
	start, ok := findMsg[startQuizMsg](msgs)
	if !ok || start.lessonID != "l1" || !m.vp.AtBottom() {
		t.Fatalf("Enter never started the quiz at the end: %v", msgs)
	}
}

func TestReaderEscSavesPositionAndGoesBack(t *testing.T) {
	m := openTestReader(t, "l1", 0, 60, 8)
	m, _ = m.Update(keyMsg("pgdown"))
	_, msgs := press(m, "esc")
	save, ok := findMsg[savePositionMsg](msgs)
	if _, back := findMsg[backMsg](msgs); !ok || !back {
		t.Fatalf("esc gave %v, want savePositionMsg and backMsg", msgs)
	}
	if save.pos.LessonID != "l1" || save.pos.Screen != progress.ScreenReader || save.pos.Scroll <= 0 {
		t.Fatalf("saved position %+v, want l1 reader scrolled down", save.pos)
	}
}

func TestReaderResumesAtSavedFraction(t *testing.T) {
	m := openTestReader(t, "l1", 1, 60, 8)
	if !m.vp.AtBottom() {
		t.Fatalf("scroll 1.0 should resume at the bottom, offset %d", m.vp.YOffset)
	}
	m = openTestReader(t, "l1", 0.5, 60, 8)
	if p := m.position().Scroll; p < 0.3 || p > 0.7 {
		t.Fatalf("resumed at %.2f, want about 0.5", p)
	}
}

func TestReaderShowsRenderErrorAsText(t *testing.T) {
	d, _ := newTestDeps(t)
	m := newReaderModel(testTexts(), testStyles(d), d.Markdown)
	m, _ = m.setSize(60, 20)
	m, _ = m.open(&lessons.Lesson{ID: "x", Title: "X", Body: "isi mentah"}, "", 0)
	m, _ = m.Update(lessonRenderedMsg{lessonID: "x", width: 60, err: fmt.Errorf("rusak")})
	if v := m.View(); !strings.Contains(v, "rusak") || !strings.Contains(v, "isi mentah") {
		t.Fatalf("render error not shown with the raw text:\n%s", v)
	}
}

func TestReaderView(t *testing.T) {
	for _, w := range []int{60, 80, 100} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			golden.RequireEqual(t, ansi.Strip(openTestReader(t, "l1", 0, w, 16).View()))
		})
	}
	t.Run("end", func(t *testing.T) {
		golden.RequireEqual(t, ansi.Strip(openTestReader(t, "l1", 1, 80, 12).View()))
	})
}

// TestReaderKeysTypedAheadOfTheText: G then Enter pressed before the
// lesson is rendered start the quiz, as they do once the text is there; a
// plain Enter then does not, since the end of the lesson was not reached.
func TestReaderKeysTypedAheadOfTheText(t *testing.T) {
	d, _ := newTestDeps(t)
	open := func() readerModel {
		m := newReaderModel(testTexts(), testStyles(d), d.Markdown)
		m, _ = m.setSize(80, 20)
		m, _ = m.open(d.Catalog.Lesson("l1"), "Modul Satu", 0)
		return m
	}
	if _, msgs := press(open(), "G", "enter"); !has[startQuizMsg](msgs) {
		t.Fatalf("G, Enter before the text: %v, want the quiz", msgs)
	}
	if _, msgs := press(open(), "enter"); has[startQuizMsg](msgs) {
		t.Fatal("Enter at the top before the text started the quiz")
	}
	if m, _ := press(open(), "G"); m.pendingScroll != 1 {
		t.Fatalf("G before the text must open it at the end, pending %v", m.pendingScroll)
	}
}

// has reports whether msgs hold a message of type T.
func has[T any](msgs []tea.Msg) bool {
	_, ok := findMsg[T](msgs)
	return ok
}

// TestReaderHalfPageKeys: d and u move half a page, as in less and vim.
func TestReaderHalfPageKeys(t *testing.T) {
	m := openTestReader(t, "l1", 0, 80, 8)
	m, _ = press(m, "d")
	half := m.vp.YOffset
	if half == 0 || half > m.vp.Height {
		t.Fatalf("d moved to line %d in a view of %d lines", half, m.vp.Height)
	}
	if m, _ = press(m, "u"); m.vp.YOffset != 0 {
		t.Fatalf("u after d is at line %d", m.vp.YOffset)
	}
}

// TestReaderPageNeverEndsOnAHeading: when a page would end on a heading,
// paging down opens the next page with that heading above its text.
func TestReaderPageNeverEndsOnAHeading(t *testing.T) {
	d, _ := newTestDeps(t)
	var body strings.Builder
	for i := range 12 {
		fmt.Fprintf(&body, "Paragraf nomor %d.\n\n", i)
	}
	body.WriteString("## Bagian berikutnya\n\nIsi bagian berikutnya.\n\n" + strings.Repeat("Lanjutan.\n\n", 20))
	l := &lessons.Lesson{ID: "panjang", Title: "Panjang", Body: body.String()}
	open := func(h int) readerModel {
		m := newReaderModel(testTexts(), testStyles(d), d.Markdown)
		m, _ = m.setSize(80, h)
		m, cmd := m.open(l, "Modul", 0)
		rendered, _ := findMsg[lessonRenderedMsg](runCmd(cmd))
		m, _ = m.Update(rendered)
		return m
	}
	m := open(40)
	at := -1
	for i := range 100 {
		if m.headings[i] {
			at = i
		}
	}
	if at < 5 {
		t.Fatalf("the heading was not found in the rendered text (line %d)", at)
	}
	m = open(at + 1 + readerChrome) // the first page ends on the heading
	if m.vp.Height != at+1 {
		t.Fatalf("view of %d lines, want %d", m.vp.Height, at+1)
	}
	m, _ = press(m, "pgdown")
	if m.vp.YOffset != at || !strings.Contains(ansi.Strip(strings.Split(m.vp.View(), "\n")[0]), "Bagian berikutnya") {
		t.Fatalf("after paging the heading should open the page, offset %d (heading at %d):\n%s", m.vp.YOffset, at, m.vp.View())
	}
}
