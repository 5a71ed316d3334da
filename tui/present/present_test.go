package present

import (
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/timer"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"ajar/lessons"
	"ajar/tui/internal/testkit"
	"ajar/tui/ui"
)

// The slides of module m1 of the test course, by index.
const (
	slideModule  = 0
	slideL1Title = 1
	slideL1Part1 = 2 // "Bagian awal"
	slideL1Q1    = 4 // single: "Jawaban A" is right
	slideL1Q2    = 5 // multi: "Satu" and "Tiga"
	slideL1Q3    = 6 // truefalse: true
	slideL1Q4    = 7 // fill: 1990
	slideL1Q5    = 8 // order: Pertama, Kedua, Ketiga
	slideL1Q6    = 9 // matching: Pagi–Sarapan, Siang–Makan siang, Malam–Makan malam
	slideCount   = 13
)

// newTestPresenter shows module m1 of the test course in a w×h window with
// its renders done. Countdowns tick every millisecond instead of every
// second (tickEvery), so a test never waits for one.
func newTestPresenter(t *testing.T, w, h int, edit ...func(*Deps)) presentModel {
	t.Helper()
	pd := Deps{Slides: lessons.ModuleSlides(testkit.Catalog(t).Module("m1")), Lang: ui.Indonesian,
		Markdown: testMarkdown(), Renderer: asciiRenderer()}
	for _, e := range edit {
		e(&pd)
	}
	tickEvery = time.Millisecond
	t.Cleanup(func() { tickEvery = time.Second })
	m := newPresentModel(pd)
	if len(m.slides) != slideCount {
		t.Fatalf("test course gives %d slides, want %d", len(m.slides), slideCount)
	}
	m, _ = presentSend(m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// testMarkdown is the Markdown style of the tests: no colour.
func testMarkdown() ui.MarkdownStyle { return ui.MarkdownStyle{Name: "dark", Profile: termenv.Ascii} }

// asciiRenderer is a lipgloss renderer without colour, so views are
// readable, deterministic text.
func asciiRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	return r
}

// presentSend hands msg to the presenter and delivers every render its
// Cmds produce; the other messages (ticks, quit) are returned.
func presentSend(m presentModel, msg tea.Msg) (presentModel, []tea.Msg) {
	m, cmd := m.update(msg)
	var rest []tea.Msg
	for _, out := range testkit.Run(cmd) {
		if r, ok := out.(slideRenderedMsg); ok {
			m, _ = m.update(r)
			continue
		}
		rest = append(rest, out)
	}
	return m, rest
}

// presentGo shows slide i the way keys would, renders included.
func presentGo(m presentModel, i int) (presentModel, []tea.Msg) {
	m, cmd := m.goTo(i)
	var rest []tea.Msg
	for _, out := range testkit.Run(cmd) {
		if r, ok := out.(slideRenderedMsg); ok {
			m, _ = m.update(r)
			continue
		}
		rest = append(rest, out)
	}
	return m, rest
}

// presentPress sends keys in order and returns the messages of the last.
func presentPress(m presentModel, keys ...string) (presentModel, []tea.Msg) {
	var msgs []tea.Msg
	for _, k := range keys {
		m, msgs = presentSend(m, testkit.Key(k))
	}
	return m, msgs
}

// plainView is the view without escape sequences.
func plainView(m presentModel) string { return ansi.Strip(m.View()) }

// lineWith returns the first line of the view holding s, or "".
func lineWith(view, s string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

func TestPresentNavigation(t *testing.T) {
	m := newTestPresenter(t, 80, 24)
	steps := []struct {
		keys []string
		want int
	}{
		{[]string{"l"}, 1}, {[]string{"space"}, 2}, {[]string{"enter"}, 3}, {[]string{"pgdown"}, 4},
		{[]string{"h"}, 3}, {[]string{"left"}, 2},
		{[]string{"G"}, slideCount - 1}, {[]string{"l"}, slideCount - 1},
		{[]string{"g"}, 0}, {[]string{"h"}, 0},
		{[]string{"1", "1", "enter"}, 10},
		{[]string{"9", "9", "enter"}, slideCount - 1},
		{[]string{"0", "enter"}, 0},
		{[]string{"3", "esc"}, 0}, // esc drops the number, and does not quit
		{[]string{"1", "2", "backspace", "enter"}, 0},
		{[]string{"5", "right"}, 1},                    // another key drops the number and acts
		{[]string{"1", "02", "enter"}, slideCount - 1}, // digits typed fast come together
		{[]string{"10", "enter"}, 9},
	}
	for _, s := range steps {
		var msgs []tea.Msg
		m, msgs = presentPress(m, s.keys...)
		if m.cur != s.want {
			t.Fatalf("after %v at slide %d, want %d", s.keys, m.cur, s.want)
		}
		if _, quit := testkit.Find[tea.QuitMsg](msgs); quit {
			t.Fatalf("%v quit", s.keys)
		}
		if m.jump != "" {
			t.Fatalf("after %v a number %q is still typed", s.keys, m.jump)
		}
	}
	m, _ = presentPress(m, "1", "2")
	if v := plainView(m); !strings.Contains(v, "Ke slide: 12_") {
		t.Errorf("typed number not shown:\n%s", v)
	}
	at := m.cur
	m, _ = presentPress(m, "backspace")
	if m.jump != "1" || m.cur != at {
		t.Errorf("backspace while typing must erase a digit, not go back: jump %q at %d", m.jump, m.cur)
	}
	for _, k := range []string{"q", "esc", "ctrl+c"} {
		if _, msgs := presentPress(newTestPresenter(t, 80, 24), k); len(msgs) != 1 {
			t.Errorf("%s gave %v, want quit", k, msgs)
		} else if _, ok := msgs[0].(tea.QuitMsg); !ok {
			t.Errorf("%s gave %v, want quit", k, msgs)
		}
	}
}

func TestPresentAnswerHiddenUntilRevealed(t *testing.T) {
	tests := []struct {
		slide       int
		right       string // a line holding this is the right choice
		answer      string // shown only once revealed
		explanation string
	}{
		{slideL1Q1, "Jawaban A", "Jawaban: ", "A benar karena contoh."},
		{slideL1Q2, "Tiga", "Jawaban: ", "Satu dan Tiga."},
		{slideL1Q3, "Benar", "Jawaban: Benar", "Pada siang cerah"},
		{slideL1Q4, "", "Jawaban yang diterima: 1990", "Terbit 1990."},
		{slideL1Q5, "Pertama", "Urutan yang benar: ", "Urutan waktu."},
		{slideL1Q6, "Pagi → ", "Pasangan yang benar: A–", "Menurut waktunya."},
	}
	// The presenter is one of the contexts every question type is shown
	// in: a type added to the format must join this table.
	covered := map[lessons.QuestionType]bool{}
	for _, tt := range tests {
		covered[newTestPresenter(t, 80, 24).slides[tt.slide].Question.Type] = true
	}
	for _, typ := range lessons.QuestionTypes() {
		if !covered[typ] {
			t.Errorf("no %s question in the presenter's table", typ)
		}
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.slide), func(t *testing.T) {
			m := newTestPresenter(t, 80, 24)
			m.cur = tt.slide
			before := plainView(m)
			if tt.right != "" && strings.Contains(lineWith(before, ".  "+tt.right), "►") {
				t.Errorf("right choice %q marked before reveal:\n%s", tt.right, before)
			}
			for _, hidden := range []string{tt.answer, tt.explanation, "Penjelasan", "►"} {
				if strings.Contains(before, hidden) {
					t.Errorf("%q shown before reveal:\n%s", hidden, before)
				}
			}
			if !strings.Contains(before, "Jawaban masih disembunyikan. Tekan r") {
				t.Errorf("no hint that the answer is hidden:\n%s", before)
			}
			m, _ = presentPress(m, "r")
			after := plainView(m)
			if tt.right != "" && !strings.Contains(lineWith(after, ".  "+tt.right), "►") {
				t.Errorf("right choice %q not marked after reveal:\n%s", tt.right, after)
			}
			for _, shown := range []string{tt.answer, "Penjelasan: " + tt.explanation} {
				if !strings.Contains(after, shown) {
					t.Errorf("%q not shown after reveal:\n%s", shown, after)
				}
			}
			m, _ = presentPress(m, "r")
			if strings.Contains(plainView(m), tt.explanation) {
				t.Error("r again must hide the answer")
			}
		})
	}
}

func TestPresentRevealOnlyOnQuestions(t *testing.T) {
	for _, i := range []int{slideModule, slideL1Title, slideL1Part1} {
		m := newTestPresenter(t, 80, 24)
		m.cur = i
		m, _ = presentPress(m, "r", "t")
		if m.revealed[i] || m.timer.running {
			t.Errorf("slide %d: r or t acted on a slide without a question", i)
		}
		if k := m.activeKeys(); k.Reveal.Enabled() || k.Timer.Enabled() {
			t.Errorf("slide %d: reveal and timer keys must be disabled", i)
		}
	}
}

func TestPresentRightChoiceByLetter(t *testing.T) {
	m := newTestPresenter(t, 80, 24)
	m.cur = slideL1Q2
	m, _ = presentPress(m, "r")
	v := plainView(m)
	var letters []string
	for _, l := range strings.Split(v, "\n") {
		if _, after, ok := strings.Cut(l, "► "); ok {
			if !strings.Contains(l, "Satu") && !strings.Contains(l, "Tiga") {
				t.Errorf("wrong choice marked: %q", l)
			}
			letters = append(letters, after[:1])
		}
	}
	if a := lineWith(v, "Jawaban: "); len(letters) != 2 || !strings.Contains(a, strings.Join(letters, ", ")) {
		t.Errorf("answer line %q does not name the marked letters %v:\n%s", a, letters, v)
	}
}

// TestPresentShufflesAsLessonsDoes: a question slide shows its options in
// lessons' one option order and its items in lessons' one item order, the
// ones the tutor uses, rather than a shuffle of its own.
func TestPresentShufflesAsLessonsDoes(t *testing.T) {
	m := newTestPresenter(t, 80, 24)
	for _, i := range []int{slideL1Q1, slideL1Q2, slideL1Q5} {
		q := m.slides[i].Question
		if got, want := m.orders[i].options, q.ShuffledOptions(Seed); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: options in order %v, lessons gives %v", q.ID, got, want)
		}
		if got, want := m.orders[i].items, q.Shuffled(Seed); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: items in order %v, lessons gives %v", q.ID, got, want)
		}
	}
}

func TestPresentCountdown(t *testing.T) {
	m := newTestPresenter(t, 80, 24, func(d *Deps) { d.Timer = 3 * time.Second })
	m.cur = slideL1Q1
	m, msgs := presentPress(m, "t")
	tick, ok := testkit.Find[timer.TickMsg](msgs)
	if !ok || !m.timer.running || m.timer.left() != 3 {
		t.Fatalf("t must start a 3 s countdown and a tick: %+v %v", m.timer, msgs)
	}
	if v := plainView(m); !strings.Contains(v, "█") {
		t.Errorf("countdown not shown big:\n%s", v)
	}
	m, msgs = presentSend(m, tick)
	if m.timer.left() != 2 || len(msgs) != 1 {
		t.Fatalf("a tick must count down and ask for the next: %+v %v", m.timer, msgs)
	}
	m, msgs = presentSend(m, timer.TickMsg{ID: tick.ID - 1})
	if m.timer.left() != 2 || msgs != nil {
		t.Fatalf("a stale tick must be dropped: %+v %v", m.timer, msgs)
	}
	m, _ = presentSend(m, tick)
	m, msgs = presentSend(m, tick)
	if !m.timer.expired || m.timer.running || msgs != nil {
		t.Fatalf("at 0 the countdown must end without another tick: %+v %v", m.timer, msgs)
	}
	if v := plainView(m); !strings.Contains(v, "Waktu habis") {
		t.Errorf("time up not shown:\n%s", v)
	}

	// Stopping makes the pending tick stale; so does leaving the slide.
	m, msgs = presentPress(m, "t")
	tick, _ = testkit.Find[timer.TickMsg](msgs)
	m, _ = presentPress(m, "t")
	if m.timer.running || m.timer.expired {
		t.Fatalf("t must stop the countdown: %+v", m.timer)
	}
	if m, msgs = presentSend(m, tick); msgs != nil || m.timer.left() != 0 {
		t.Fatalf("tick of a stopped countdown acted: %+v %v", m.timer, msgs)
	}
	m, msgs = presentPress(m, "t")
	tick, _ = testkit.Find[timer.TickMsg](msgs)
	m, _ = presentPress(m, "l")
	if m.timer.running {
		t.Fatal("moving on must stop the countdown")
	}
	if m, msgs = presentSend(m, tick); msgs != nil || m.timer.running {
		t.Fatalf("tick after leaving the slide acted: %+v %v", m.timer, msgs)
	}
	// Revealing the answer stops the countdown too.
	m, _ = presentPress(m, "t", "r")
	if m.timer.running {
		t.Fatal("revealing must stop the countdown")
	}
}

func TestPresentDefaultTimer(t *testing.T) {
	m := newTestPresenter(t, 80, 24)
	m.cur = slideL1Q1
	m, _ = presentPress(m, "t")
	if m.timer.left() != 60 {
		t.Fatalf("default countdown %d s, want 60", m.timer.left())
	}
	if v := plainView(m); !strings.Contains(lineWith(v, "███"), "█ █") {
		t.Errorf("1:00 not drawn big:\n%s", v)
	}
}

func TestPresentContrast(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	m := newTestPresenter(t, 80, 24, func(pd *Deps) {
		pd.Renderer = r
		pd.Markdown = ui.MarkdownStyle{Name: "dark", Profile: termenv.TrueColor}
	})
	m.cur = slideL1Part1
	m, _ = presentSend(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if normal := m.View(); !strings.Contains(normal, "38;") {
		t.Fatalf("the normal theme should have colours:\n%q", normal)
	}
	m, _ = presentPress(m, "c")
	if !m.contrast {
		t.Fatal("c must switch to high contrast")
	}
	if _, ok := m.cache[m.renderKey(m.cur)]; !ok {
		t.Fatal("high contrast must render the slide again")
	}
	if m.paint == "" || !strings.Contains(m.paint, "48;2;0;0;0") || !strings.Contains(m.paint, "38;2;255;255;255") {
		t.Fatalf("paint %q is not white on black", m.paint)
	}
	for i, l := range strings.Split(m.View(), "\n") {
		if !strings.HasPrefix(l, m.paint) || ansi.StringWidth(l) != 80 {
			t.Errorf("line %d not painted to the edge: %q", i, l)
		}
		if rest := strings.ReplaceAll(l, m.paint, ""); strings.Contains(rest, "38;") || strings.Contains(rest, "48;") {
			t.Errorf("line %d has colours of its own: %q", i, l)
		}
	}
	m.width = 8
	if got, want := m.painted("a\x1b[;1mb\x1b[0mc"), m.paint+"a\x1b[;1m"+m.paint+"b\x1b[0m"+m.paint+"c     "+m.reset; got != want {
		t.Errorf("painted = %q, want %q: the paint must follow every SGR", got, want)
	}
	m.width = 80
	m, _ = presentPress(m, "c")
	if m.contrast {
		t.Fatal("c again must switch back")
	}
	if !newTestPresenter(t, 80, 24, func(pd *Deps) { pd.Contrast = true }).contrast {
		t.Error("Deps.Contrast must start in high contrast")
	}
}

func TestPresentRenderIsCachedAndStaleDropped(t *testing.T) {
	m := newPresentModel(Deps{Slides: lessons.ModuleSlides(testkit.Catalog(t).Module("m1")), Markdown: testMarkdown(), Renderer: asciiRenderer()})
	m.cur = slideL1Part1
	m, cmd := m.update(tea.WindowSizeMsg{Width: 80, Height: 24})
	msgs := testkit.Run(cmd)
	if len(msgs) != 2 { // this slide and the next; the one before is a title
		t.Fatalf("want two renders, got %v", msgs)
	}
	if v := plainView(m); !strings.Contains(v, "Menyiapkan slide") {
		t.Fatalf("before the render arrives the slide says so:\n%s", v)
	}
	m, _ = m.update(tea.WindowSizeMsg{Width: 60, Height: 24})
	m, _ = m.update(msgs[0]) // rendered for 80 columns: stale now
	if v := plainView(m); !strings.Contains(v, "Menyiapkan slide") {
		t.Fatalf("a render for another width must not be shown:\n%s", v)
	}
	m, cmd = m.update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if cmd != nil {
		t.Error("a width seen before must come from the cache")
	}
	if v := plainView(m); !strings.Contains(v, "butir satu") {
		t.Fatalf("cached render not shown:\n%s", v)
	}
}

func TestPresentSmallWindows(t *testing.T) {
	for _, size := range [][2]int{{0, 0}, {1, 1}, {10, 5}, {39, 24}, {80, 9}, {40, 10}, {45, 11}} {
		m := newTestPresenter(t, size[0], size[1])
		for i := range slideCount {
			m.cur = i
			m, _ = presentPress(m, "t", "r", "?", "j", "j", "c")
			v := m.View()
			if n := strings.Count(v, "\n") + 1; v != "" && n > size[1] {
				t.Errorf("%v slide %d: %d lines", size, i, n)
			}
			for _, l := range strings.Split(v, "\n") {
				if ansi.StringWidth(l) > size[0] {
					t.Errorf("%v slide %d: line too wide %q", size, i, l)
				}
			}
		}
		if size[0] >= 10 && size[0] < presentMinWidth && !strings.Contains(m.View(), "kecil") {
			t.Errorf("%v: no message asking for a larger window", size)
		}
	}
}

func TestPresentFillsWindow(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		m := newTestPresenter(t, size[0], size[1])
		for i := range slideCount {
			m.cur = i
			for _, keys := range [][]string{nil, {"?"}, {"?", "t"}, {"r"}} {
				mm, _ := presentPress(m, keys...)
				lines := strings.Split(mm.View(), "\n")
				if len(lines) != size[1] {
					t.Errorf("%v slide %d after %v: %d lines, want %d", size, i, keys, len(lines), size[1])
				}
				for _, l := range lines {
					if ansi.StringWidth(l) > size[0] {
						t.Errorf("%v slide %d: line too wide %q", size, i, l)
					}
				}
			}
		}
	}
}

func TestPresentScrollsLongSlide(t *testing.T) {
	body := strings.Repeat("- butir yang cukup panjang\n", 30)
	slides := lessons.Slides(&lessons.Lesson{ID: "x", Title: "X", Body: "## Panjang\n\n" + body})
	m := newPresentModel(Deps{Slides: slides, Markdown: testMarkdown(), Renderer: asciiRenderer()})
	m, _ = presentSend(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m, _ = presentPress(m, "l")
	if !m.activeKeys().Down.Enabled() || !strings.Contains(plainView(m), "lanjutan di bawah (↓/j)") {
		t.Fatalf("a long slide must scroll and say so:\n%s", plainView(m))
	}
	m, _ = presentPress(m, "G", "j", "j", "j")
	m, _ = presentPress(m, "g")
	m, _ = presentPress(m, "l", "j", "j")
	if m.offset != 2 {
		t.Fatalf("offset %d after two j, want 2", m.offset)
	}
	for range 100 {
		m, _ = presentPress(m, "j")
	}
	if v := plainView(m); m.offset != m.maxOffset() || !strings.Contains(v, "lanjutan di atas") {
		t.Fatalf("scrolled to the end at %d of %d:\n%s", m.offset, m.maxOffset(), v)
	}
	for m.offset > 0 { // ← pages back up to the top before leaving the slide
		m, _ = presentPress(m, "h")
	}
	m, _ = presentPress(m, "h", "l")
	if m.offset != 0 {
		t.Error("a slide must open at its top")
	}
	if short := newTestPresenter(t, 80, 24); short.activeKeys().Down.Enabled() {
		t.Error("a slide that fits has nothing to scroll")
	}
}

// TestPresentNextShowsTheWholeSlideFirst: → and Space on a slide taller
// than the screen page through it, every line on screen at some point,
// before moving to the next slide; ← pages back the same way.
func TestPresentNextShowsTheWholeSlideFirst(t *testing.T) {
	var body strings.Builder
	for i := range 40 {
		fmt.Fprintf(&body, "- butir nomor %d\n", i)
	}
	slides := lessons.Slides(&lessons.Lesson{ID: "x", Title: "X", Body: "## Panjang\n\n" + body.String() + "\n## Berikut\n\nSlide kedua.\n"})
	m := newPresentModel(Deps{Slides: slides, Markdown: testMarkdown(), Renderer: asciiRenderer()})
	m, _ = presentSend(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m, _ = presentPress(m, "l") // the first content slide
	start := m.cur
	seen := map[int]bool{}
	for presses := 0; m.cur == start; presses++ {
		if presses > 20 {
			t.Fatal("→ never leaves the slide")
		}
		for i := range 40 {
			if strings.Contains(plainView(m), fmt.Sprintf("butir nomor %d\n", i)) || strings.HasSuffix(plainView(m), fmt.Sprintf("butir nomor %d", i)) {
				seen[i] = true
			}
		}
		m, _ = presentPress(m, " ")
	}
	if len(seen) != 40 {
		t.Fatalf("→ moved on after showing %d of the 40 lines", len(seen))
	}
	m, _ = presentPress(m, "left")
	if m.cur != start || m.offset != 0 {
		t.Fatalf("← from the next slide goes back to the slide's top, at slide %d offset %d", m.cur, m.offset)
	}
}

// TestPresentLeftEdgeStaysFixed: text starts in the same column on a short
// and a long slide, so it does not jump sideways.
func TestPresentLeftEdgeStaysFixed(t *testing.T) {
	slides := lessons.Slides(&lessons.Lesson{ID: "x", Title: "X",
		Body: "## Pendek\n\nSatu.\n\n## Panjang\n\nKalimat yang jauh lebih panjang daripada slide sebelumnya, agar lebarnya berbeda.\n"})
	m := newPresentModel(Deps{Slides: slides, Markdown: testMarkdown(), Renderer: asciiRenderer()})
	m, _ = presentSend(m, tea.WindowSizeMsg{Width: 120, Height: 30})
	edge := func(m presentModel, word string) int {
		line := lineWith(plainView(m), word)
		return len(line) - len(strings.TrimLeft(line, " "))
	}
	m, _ = presentPress(m, "l")
	short := edge(m, "Satu.")
	m, _ = presentPress(m, "l")
	if long := edge(m, "Kalimat"); long != short {
		t.Fatalf("text starts at column %d on one slide and %d on the next", short, long)
	}
}

func TestPresentHelp(t *testing.T) {
	m := newTestPresenter(t, 80, 24)
	m.cur = slideL1Part1
	if v := plainView(m); strings.Contains(v, "slide terakhir") || !strings.Contains(v, "? bantuan") {
		t.Fatalf("help must be hidden with a hint:\n%s", v)
	}
	m, _ = presentPress(m, "?")
	v := plainView(m)
	if !strings.Contains(v, "slide terakhir") || strings.Contains(v, "buka/tutup jawaban") {
		t.Fatalf("full help must show the keys that apply, and only those:\n%s", v)
	}
	m.cur = slideL1Q1
	if v := plainView(m); !strings.Contains(v, "buka/tutup jawaban") {
		t.Fatalf("help on a question must show reveal:\n%s", v)
	}
}

func TestPresentTexts(t *testing.T) {
	for _, l := range []ui.Lang{ui.Indonesian, ui.English} {
		v := reflect.ValueOf(presentTexts(l))
		for i := range v.NumField() {
			if v.Field(i).String() == "" {
				t.Errorf("%s: presentText.%s is empty", l, v.Type().Field(i).Name)
			}
		}
	}
	if presentTexts(ui.English).timeUp == presentTexts(ui.Indonesian).timeUp {
		t.Error("ui.English texts are not ui.English")
	}
}

func TestPresentView(t *testing.T) {
	views := []struct {
		name  string
		slide int
		keys  []string
	}{
		{"module", slideModule, nil},
		{"title", slideL1Title, nil},
		{"content", slideL1Part1, nil},
		{"question", slideL1Q1, nil},
		{"revealed", slideL1Q1, []string{"r"}},
		{"order", slideL1Q5, []string{"r"}},
		{"matching", slideL1Q6, nil},
		{"matching revealed", slideL1Q6, []string{"r"}},
		{"timer", slideL1Q2, []string{"t"}},
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, v := range views {
			t.Run(fmt.Sprintf("%s_%dx%d", v.name, size[0], size[1]), func(t *testing.T) {
				m := newTestPresenter(t, size[0], size[1])
				m, _ = presentGo(m, v.slide)
				m, _ = presentPress(m, v.keys...)
				golden.RequireEqual(t, plainView(m))
			})
		}
	}
}

func TestPresentNoSlides(t *testing.T) {
	m := newPresentModel(Deps{Markdown: testMarkdown(), Renderer: asciiRenderer()})
	m, _ = presentSend(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m, _ = presentPress(m, "l", "G", "r", "t", "5", "enter", "h")
	if v := plainView(m); !strings.Contains(v, "Tidak ada slide") || !strings.Contains(v, "0/0") {
		t.Fatalf("an empty deck must say so:\n%s", v)
	}
}
