package tui

import (
	"fmt"
	"io"
	"math/rand/v2"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui/internal/testkit"
)

// testNow is the fixed clock of every TUI test.
var testNow = time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)

// testCatalog is the shared test course, loaded.
func testCatalog(t *testing.T) *lessons.Catalog { return testkit.Catalog(t) }

// newTestDeps builds fresh dependencies: a MemStore with its first learner
// at the keyboard (by their id, as ajar starts a fresh file), the fixed
// clock, the test course, an ASCII colour profile and the plain Markdown
// style, so views are readable, deterministic text.
func newTestDeps(t *testing.T) (Deps, *progress.MemStore) {
	t.Helper()
	// Ids from a fixed seed: a learner's own check order depends on the
	// id, and a test reaches the same screen on every run.
	store := progress.NewMemStoreFrom(rand.NewChaCha8([32]byte{'a', 'j', 'a', 'r'}))
	first, err := store.ResolveProfile(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	c := testCatalog(t)
	return Deps{
		Catalog: c, Title: c.Title, Store: store, Profile: first,
		Now: func() time.Time { return testNow }, Lang: Indonesian,
		Markdown: MarkdownStyle{Name: "dark", Profile: termenv.Ascii}, Renderer: r, Params: progress.DefaultParams(),
		RetryDelay: time.Millisecond, NoRefresh: true,
	}, store
}

// keyMsg builds the key message bubbletea sends for a key name.
func keyMsg(k string) tea.KeyMsg { return testkit.Key(k) }

// runCmd runs a Cmd and returns the messages it yields, batches flattened.
func runCmd(cmd tea.Cmd) []tea.Msg { return testkit.Run(cmd) }

// findMsg returns the first message of type T.
func findMsg[T any](msgs []tea.Msg) (T, bool) { return testkit.Find[T](msgs) }

// drive feeds messages to the root model the way the bubbletea loop would,
// one input at a time like a person typing: each message, and every message
// its Cmds yield, is handled before the next input. It returns every
// message seen, in order.
func drive(t *testing.T, m Model, inputs ...tea.Msg) (Model, []tea.Msg) {
	t.Helper()
	var seen []tea.Msg
	for _, in := range inputs {
		queue := []tea.Msg{in}
		for steps := 0; len(queue) > 0; steps++ {
			if steps > 1000 {
				t.Fatal("drive: message loop does not settle")
			}
			msg := queue[0]
			queue = queue[1:]
			seen = append(seen, msg)
			if _, ok := msg.(tea.QuitMsg); ok {
				continue
			}
			if _, ok := msg.(retrySavesMsg); ok && steps > 0 {
				continue // a retry comes when the test sends it
			}
			mm, cmd := m.Update(msg)
			m = mm.(Model)
			queue = append(queue, runCmd(cmd)...)
		}
	}
	return m, seen
}

// screenModel is any screen model: Update returns its own concrete type.
type screenModel[M any] interface {
	Update(tea.Msg) (M, tea.Cmd)
}

// press sends keys to a screen in order and returns the messages the last
// one produced, followed by the save requests it made (as the records
// below).
func press[M screenModel[M]](m M, keys ...string) (M, []tea.Msg) {
	var msgs []tea.Msg
	for _, k := range keys {
		before := len(requestsOf(m))
		var cmd tea.Cmd
		m, cmd = m.Update(keyMsg(k))
		msgs = append(runCmd(cmd), requestMsgs(requestsOf(m)[before:])...)
	}
	return m, msgs
}

// requestsOf returns the save requests a screen holds in its outbox.
func requestsOf(m any) []saveReq {
	if r, ok := m.(interface{ requests() []saveReq }); ok {
		return r.requests()
	}
	return nil
}

// Test records of the writes a screen asked for, one type per kind of
// write, so tests say which request they expect. A request with several
// writes gives several records, in its order.
type (
	saveReviewMsg     struct{ review progress.Review }
	savePositionMsg   struct{ pos progress.Position }
	completeLessonMsg struct{ result progress.Result }
	saveSettingsMsg   struct{ settings progress.Settings }
	saveCheckMsg      struct{ result progress.CheckResult }
	undoReviewMsg     struct{}
	// requestMsg is the request itself, with its tag.
	requestMsg struct{ req saveReq }
)

// requestMsgs turns save requests into test records.
func requestMsgs(reqs []saveReq) []tea.Msg {
	var msgs []tea.Msg
	for _, r := range reqs {
		msgs = append(msgs, requestMsg{r})
		for _, w := range r.writes {
			switch {
			case w.Review != nil:
				msgs = append(msgs, saveReviewMsg{*w.Review})
			case w.Position != nil:
				msgs = append(msgs, savePositionMsg{*w.Position})
			case w.Complete != nil:
				msgs = append(msgs, completeLessonMsg{*w.Complete})
			case w.Settings != nil:
				msgs = append(msgs, saveSettingsMsg{*w.Settings})
			case w.Check != nil:
				msgs = append(msgs, saveCheckMsg{*w.Check})
			case w.Undo:
				msgs = append(msgs, undoReviewMsg{})
			}
		}
	}
	return msgs
}

// pick returns the digit key that chooses the option with the given text
// of question qid in the first round of its lesson quiz, whose options are
// shuffled.
func pick(t *testing.T, qid, text string) string {
	t.Helper()
	q, l := testCatalog(t).Question(qid)
	if q == nil {
		t.Fatalf("no question %s", qid)
	}
	d, _ := newTestDeps(t)
	a := newAsk(q, quizSeed(l.ID, 1), true, testTexts(), testStyles(d))
	for pos, i := range a.perm {
		if q.Options[i].Text == text {
			return fmt.Sprint(pos + 1)
		}
	}
	t.Fatalf("question %s has no option %q", qid, text)
	return ""
}

// testTexts are the Indonesian texts the screens under test share.
func testTexts() *texts {
	t := textsFor(Indonesian)
	return &t
}

// testStyles are the styles of d's renderer.
func testStyles(d Deps) *styles {
	st := newStyles(d.Renderer)
	return &st
}
