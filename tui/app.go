// Package tui is ajar's terminal interface: a root model that routes
// between the screens (course map, reader, quiz, review, module check,
// statistics, learners, reflections, glossary), each in its own file with
// its own KeyMap and generated help, reached through the page interface
// and the slots table of pages.go.
//
// The screens do no IO outside tea.Cmds: they receive a loaded
// lessons.Catalog and a progress.Store, and only the root turns screens'
// save requests into store Cmds (see cmds.go), one at a time. Run (run.go)
// is the session around them: it is given the course loader, the opener
// and closer of the progress and the choice of learner by the ajar
// command, and runs the program on the terminal.
//
// tui never imports ajar/content (it gets a loaded catalog, so a trainer's
// folders and the built-in course look the same) nor bbolt (it sees only
// the progress.Store interface), nor ajar/progress/report; .ci/imports
// checks.
package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// Minimum usable window; below it ajar asks for a larger window.
const (
	minWidth  = 40
	minHeight = 12
)

// glossaryID is the render-cache id of the glossary page; it cannot clash
// with a lesson id, which may not start with an underscore.
const glossaryID = "_glossary"

// Model is the root model: it owns the screens, the frame (status and help
// line) and the save queue, and routes messages. Screen logic lives in the
// screen files; the root asks the active screen through its slot
// (pages.go), never by switching on which screen it is.
type Model struct {
	deps     Deps
	t        *texts
	st       *styles
	keys     globalKeyMap
	help     help.Model
	screen   screen
	home     homeModel
	reader   readerModel
	quiz     quizModel
	review   reviewModel
	stats    statsModel
	profiles profilesModel
	check    checkModel
	reflect  reflectModel
	search   searchModel
	live     liveModel
	// liveFrom is the screen a live question came over, where the
	// learner returns when it ends.
	liveFrom screen
	// reported is the learner's status as last told to Deps.OnStatus,
	// told numbers the reports.
	reported LearnerStatus
	told     statusOrder
	// closing is the class's closing note, shown while the last saves end.
	closing string
	// reflectFrom is the screen the reflection returns to; readerFrom the
	// one Esc in the reader returns to: the course search for a lesson
	// opened from its hits, else the course map.
	reflectFrom, readerFrom screen
	// profile is the learner in use; "" while the picker asks.
	profile string
	// learner is that learner's progress, kept current with the effects
	// of committed writes; nil until loaded. Held by pointer: it is the
	// one large value, changed in place, never copied per key.
	learner *progress.Learner
	// shown are the ids of the course's questions and flashcards: the
	// cards the review can show, and so the ones it counts as due.
	shown map[string]bool
	// glossary is a reader in document mode; prev is where it returns to.
	glossary readerModel
	prev     screen
	saves    saveQueue

	width, height int
	frame         int           // lines of status and help at the last resize
	status        string        // last error, shown until writes succeed again
	retryDelay    time.Duration // pause before retrying a stalled write; 0 when none failed
	damaged       bool          // the progress file was found damaged: nothing more is saved
	verifying     bool          // the integrity check was asked for (once, after the first load)
	refreshing    bool          // a refreshMsg is on its way (refresh.go)
	// held are keys that arrived while keys before them wait for a Cmd;
	// holding is set while they wait (see burst.go).
	held      []heldKey
	holding   bool
	quitting  bool // quit once the save queue is empty
	quitArmed bool // writes failed at quit; the next q quits anyway
}

// New builds the root model.
func New(d Deps) Model {
	// One copy of the texts and styles, shared by every screen: copied
	// into each, they made the root model 176 KB, copied several times a key.
	tv, sv := textsFor(d.Lang), newStyles(d.Renderer)
	t, st := &tv, &sv
	h := help.New()
	h.Styles = st.Help
	if d.ASCII {
		// Lesson text is mapped before it is wrapped (see View for the
		// rest). The help's " • " would become " * ", which reads as a
		// key; its "…" is counted into the line's width.
		d.Markdown.ASCII = true
		h.ShortSeparator, h.Ellipsis = " · ", "..."
	}
	m := Model{
		deps: d, t: t, st: st, keys: defaultGlobalKeys(t), help: h,
		home:     newHomeModel(d.Catalog, d.Title, t, st),
		reader:   newReaderModel(t, st, d.Markdown),
		quiz:     newQuizModel(t, st, d.Now, d.Params),
		review:   newReviewModel(d.Catalog, t, st, d.Now, d.Params),
		stats:    newStatsModel(d.Catalog, t, st, d.Now, d.ASCII),
		profiles: newProfilesModel(t, st, d.Now).withProfiles(d.Profiles, d.Profile),
		check:    newCheckModel(t, st, d.Now),
		reflect:  newReflectModel(t, st, d.Now),
		search:   newSearchModel(d.Catalog, t, st),
		live:     newLiveModel(t, st, d.Now, d.Params, d.ASCII),
		told:     statusOrder{last: &statusTold{}},
		profile:  d.Profile,
		screen: func() screen {
			if d.Profile == "" {
				return screenProfiles
			}
			return screenHome
		}(),
		glossary: func() readerModel {
			g := newReaderModel(t, st, d.Markdown)
			g.document = true
			return g
		}(),
	}
	m.home = m.home.withName(m.learnerName()).withProblems(d.Problems)
	m.home.keys.Profiles.SetEnabled(!d.Locked) // a class session has one learner
	m.saves = saveQueue{store: d.Store, busy: d.Profile != ""}
	m.shown = map[string]bool{}
	for _, l := range d.Catalog.Lessons() {
		for _, q := range l.Questions {
			m.shown[q.ID] = true
		}
		for _, f := range l.Flashcards {
			m.shown[f.ID] = true
		}
	}
	return m
}

// Damaged reports whether the progress file was found damaged during the
// session: nothing more was written to it, and main offers recovery once
// the program has ended.
func (m Model) Damaged() bool { return m.damaged }

// showable reports whether a card's question or flashcard is in the
// course (a trainer may have removed it since it was studied).
func (m Model) showable(c progress.CardRecord) bool { return m.shown[c.ID] }

// Init loads the learner's progress. The load counts as the save queue's
// first call (New marked the queue busy), so no write commits before it
// has read. The file's integrity check waits until it has: reading what
// the first frame shows comes first.
func (m Model) Init() tea.Cmd {
	if m.profile == "" {
		return m.verifyCmd() // the picker asks first
	}
	if load := m.deps.Preload; load != nil {
		return finishes(func() saveResult {
			snap, err := load()
			if err != nil {
				return errMsg{op: "load", err: err}
			}
			return snapshotLoadedMsg{snap: snap}
		})
	}
	store, req := m.deps.Store, loadSnapshotMsg{profile: m.profile}
	return finishes(func() saveResult { return req.apply(store) })
}

// verifyCmd waits for the progress file's integrity check (see
// Deps.Verify) and reports it; nil when there is none.
func (m Model) verifyCmd() tea.Cmd {
	v := m.deps.Verify
	if v == nil {
		return nil
	}
	return func() tea.Msg { return verifiedMsg{err: v()} }
}

// Update routes the message, then re-fits the screens when the help
// line's height changed (it depends on the active screen's keys).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	return m.update(msg)
}

// update is Update with the root's own type, for the root's helpers
// (burst.go) that handle several keys in one message.
func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	m, cmd := m.route(msg)
	m, status := m.reportStatus()
	cmd = tea.Batch(cmd, status)
	if m.width > 0 && m.frameHeights() != m.frame {
		m, rc := m.resize()
		return m, tea.Batch(cmd, rc)
	}
	return m, cmd
}

// route handles global keys, store requests (queued) and results (each
// applies itself), the requests to open or close a screen, and hands the
// rest to the active screen.
func (m Model) route(msg tea.Msg) (Model, tea.Cmd) {
	if done, m, cmd := m.classMsg(msg); done { // liveroot.go
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m.resize()
	case tea.KeyMsg:
		if m.holding && !key.Matches(msg, m.keys.ForceQuit) {
			return m.holdKey(msg) // keys before it still wait: burst.go
		}
		if runes, split := m.splitInput(msg); split { // several keys in one read: burst.go
			return m.actOnBurst(runes)
		}
		if done, m, cmd := m.handleGlobalKey(msg); done {
			return m, cmd
		}
		return m.forwardKey(msg)
	case saveRequest:
		return m.queue(saveJob{req: msg})
	case saveResult:
		return msg.applyTo(m)
	case startCheckMsg:
		if mod := m.deps.Catalog.Module(msg.moduleID); mod != nil {
			m.check = m.check.setSize(m.width, max(m.height-m.frameHeights(), 1)).start(mod, m.profile)
			m.screen = screenCheck
		}
		return m, nil
	case openCheckResultMsg:
		mod := m.deps.Catalog.Module(msg.moduleID)
		if res, ok := m.learnerCheck(msg.moduleID); ok && mod != nil {
			m.check = m.check.setSize(m.width, max(m.height-m.frameHeights(), 1)).showResult(mod, res, m.deps.Catalog)
			m.screen = screenCheck
		}
		return m, nil
	case chooseProfileMsg:
		return m.chooseProfile(msg.profile.ID)
	case openProfilesMsg:
		m.profiles = m.profiles.withActiveProgress(m.activeHasProgress()).withProfiles(m.profiles.list, m.profile)
		m.screen = screenProfiles
		return m, nil
	case burstMsg:
		return m.drainKeys()
	case openReflectMsg:
		return m.openReflect(msg.lessonID, true)
	case quizFinishedMsg:
		return m.openReflect(msg.lessonID, false)
	case closeReflectMsg:
		m.screen = m.reflectFrom
		if m.screen == screenQuiz {
			m.quiz = m.quiz.withReflectMark(m.reflect.lesson, m.reflect.mark)
		}
		return m, nil
	case refreshMsg:
		return m.refreshed()
	case startReviewMsg:
		if m.learner != nil {
			m.review = m.review.start(m.learner)
			m.screen = screenReview
		}
		return m, nil
	case openStatsMsg:
		if m.learner != nil {
			m.stats = m.stats.open(m.learner)
			m.screen = screenStats
		}
		return m, nil
	case openLessonMsg:
		return m.openLesson(msg)
	case startQuizMsg:
		return m.startQuiz(msg.lessonID, msg.start, nil)
	case backMsg:
		if m.screen == screenReader && m.readerFrom == screenSearch {
			m.screen = screenSearch // back to the hits, as the glossary does
			return m, nil
		}
		m.screen = screenHome
		if m.learner != nil { // time has passed since home last counted
			m.home = m.home.withLearner(m.learner, m.deps.Now())
		}
		return m, nil
	case openGlossaryMsg:
		return m.openGlossary()
	case openSearchMsg:
		return m.openSearch()
	case searchIndexMsg:
		m.search = m.search.withIndex(msg.index)
		return m, nil
	case openHitMsg:
		return m.openHit(msg)
	case closeGlossaryMsg:
		m.screen = m.prev
		return m, nil
	}
	return m.forward(msg)
}

// handleGlobalKey handles quit and help; done is false when the key belongs
// to the active screen.
func (m Model) handleGlobalKey(msg tea.KeyMsg) (bool, Model, tea.Cmd) {
	if key.Matches(msg, m.keys.ForceQuit) {
		if m.quitting { // a second Ctrl+C does not wait for a stuck disk
			return true, m, tea.Quit
		}
		m, cmd := m.quit()
		return true, m, cmd
	}
	if m.typing() {
		return false, m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Quit) && m.active().ownsQuit(m):
		return false, m, nil // the screen handles q itself (a check asks first)
	case key.Matches(msg, m.keys.Quit):
		m, cmd := m.quit()
		return true, m, cmd
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		m, cmd := m.resize()
		return true, m, cmd
	}
	return false, m, nil
}

// forward hands a message to the active screen.
func (m Model) forward(msg tea.Msg) (Model, tea.Cmd) {
	m, saves, cmd := m.forwardParts(msg)
	return m, tea.Batch(saves, cmd)
}

// forwardParts is forward with the queued saves and the screen's own Cmd
// apart.
func (m Model) forwardParts(msg tea.Msg) (Model, tea.Cmd, tea.Cmd) {
	m, cmd := m.active().update(m, msg)
	if r, ok := msg.(lessonRenderedMsg); ok {
		// Renders arrive whatever the screen; each reader keeps its own.
		if r.lessonID == glossaryID && m.screen != screenGlossary {
			m.glossary, _ = m.glossary.Update(msg)
		} else if r.lessonID != glossaryID && m.screen != screenReader {
			m.reader, _ = m.reader.Update(msg)
		}
	}
	m, saves := m.takeSaves()
	return m, saves, cmd
}

// forwardKey hands a key to the active screen. When the screen answers
// with a Cmd (a screen to open, an answer to grade), the keys after it are
// held until that Cmd's messages are handled: a learner typing ahead
// ("enter", "G", "enter") must not have G land on the course map while
// the lesson is still opening. Saves never hold keys: the UI does not wait
// for the disk.
func (m Model) forwardKey(k tea.KeyMsg) (Model, tea.Cmd) {
	m, saves, cmd := m.forwardParts(k)
	if cmd == nil {
		return m, saves
	}
	m.holding = true
	return m, tea.Batch(saves, tea.Sequence(cmd, emit(burstMsg{})))
}

// typing reports whether the active screen has a focused text field, in
// which case q and ? are text, not commands.
func (m Model) typing() bool {
	return m.active().inputFocused(m)
}
