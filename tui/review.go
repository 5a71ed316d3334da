package tui

import (
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
)

// reviewKeyMap holds the daily review's own bindings; answering a question
// card uses the quiz's answer keys.
type reviewKeyMap struct {
	Reveal, Rate, Next, Undo, Back key.Binding
}

// defaultReviewKeys returns the review bindings with help in language t.
func defaultReviewKeys(t *texts) reviewKeyMap {
	return reviewKeyMap{
		Reveal: key.NewBinding(key.WithKeys(" ", "enter"), key.WithHelp(t.spaceKey, t.keyReveal)),
		// 1-4 as in Anki; h and e, Hard and Easy before questions took
		// 1-4 too, still work for the learners used to them.
		Rate: key.NewBinding(key.WithKeys("1", "2", "3", "4", "h", "e"), key.WithHelp("1-4", t.keyRate)),
		Next: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyNext)),
		Undo: key.NewBinding(key.WithKeys("u"), key.WithHelp("u", t.keyUndo)),
		Back: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.keyBack)),
	}
}

// reviewPhase is where the review of one card is.
type reviewPhase int

const (
	reviewAsking   reviewPhase = iota // question unanswered, or flashcard front
	reviewFeedback                    // question answered, or flashcard back shown
	reviewDone                        // summary
	reviewPlan                        // a plan brought back 7 or 30 days after it was written
)

// doneCard is one rating given in this session, kept for undo and the
// summary.
type doneCard struct {
	id       string
	prev     progress.CardRecord // the card before the rating
	existed  bool
	pos      int  // its place in the queue
	requeued bool // a copy went to the end of the queue (learning step)
	right    bool
	tag      saveTag   // its save request
	saved    saveState // what became of it
}

// reviewModel is the daily review: the cards due now across all modules,
// interleaved, one at a time. Question cards are answered like quiz
// questions with options reshuffled each time; flashcards are recalled and
// rated 1-4. Ratings are computed here (FSRS-6, pure) and saved through the
// root; u undoes the last one.
type reviewModel struct {
	t       *texts
	st      *styles
	keys    reviewKeyMap
	answer  quizKeyMap
	catalog *lessons.Catalog
	now     func() time.Time
	params  progress.Params

	// learner is the progress the session started from; it follows the
	// store as ratings commit. changed holds this session's ratings and
	// undos before (and after) they commit, so a card shows its newest
	// state at once without copying every card.
	learner *progress.Learner
	changed map[string]progress.CardRecord
	out     outbox
	queue   []string
	pos     int
	phase   reviewPhase
	cur     progress.CardRecord
	q       *lessons.Question
	fc      *lessons.Flashcard
	ask     askModel
	done    []doneCard
	shown   int      // cards shown so far, seeds option shuffles
	scroll  scroller // the window on the card, after answering
	// undoing is set while an undo is on its way to the store; undoTag
	// is its request.
	undoing bool
	undoTag saveTag
	// plans are the plans due to come back in this session, first;
	// reflected the reflections that may be shown again (written on an
	// earlier study day); showing the lesson whose reflection the current card
	// shows, each at most once a session (recalled).
	plans     []dueRevisit
	reflected map[string]progress.Reflection
	recalled  map[string]bool
	showing   string

	width, height int
}

// newReviewModel builds an idle review screen.
func newReviewModel(c *lessons.Catalog, t *texts, st *styles, now func() time.Time, p progress.Params) reviewModel {
	return reviewModel{t: t, st: st, keys: defaultReviewKeys(t), answer: defaultQuizKeys(t), catalog: c, now: now, params: p}
}

// start queues the cards due now from the learner's due index.
func (m reviewModel) start(l *progress.Learner) reviewModel {
	m.learner, m.changed = l, map[string]progress.CardRecord{}
	m.queue = l.DueQueue(m.now(), moduleGroup(m.catalog))
	m.pos, m.done, m.undoing = 0, nil, false
	now := m.now()
	m.plans = plansDue(l, now)
	m.reflected, m.recalled, m.showing = map[string]progress.Reflection{}, map[string]bool{}, ""
	for id, r := range l.Reflections {
		// Written on an earlier study day: there was time to try it.
		if r.Text != "" && progress.StudyDay(r.At.In(now.Location())) < progress.StudyDay(now) {
			m.reflected[id] = r
		}
	}
	if len(m.plans) > 0 {
		m.phase = reviewPlan
		return m
	}
	return m.load()
}

// dueRevisit is a plan due to come back: its lesson's reflection and the
// day (7 or 30) it comes back on.
type dueRevisit struct {
	r   progress.Reflection
	day int
}

// plansDue are the learner's plans due to come back at now.
func plansDue(l *progress.Learner, now time.Time) []dueRevisit {
	var due []dueRevisit
	for _, r := range l.Reflections {
		if d := r.RevisitDue(now, lessons.PlanRevisits()); d > 0 {
			due = append(due, dueRevisit{r, d})
		}
	}
	slices.SortFunc(due, func(a, b dueRevisit) int { return strings.Compare(a.r.LessonID, b.r.LessonID) })
	return due
}

// seenPlan records that the plan on screen was brought back, and moves
// on to the next plan or to the cards.
func (m reviewModel) seenPlan() reviewModel {
	p := m.plans[0]
	m.plans = m.plans[1:]
	r := p.r
	r.Revisited = append(slices.Clone(r.Revisited), p.day)
	m.out, _ = m.out.add(screenReview, false, progress.Write{Reflection: &r})
	if len(m.plans) > 0 {
		return m
	}
	return m.load()
}

// card is a card's newest state: this session's, else the learner's.
func (m reviewModel) card(id string) (progress.CardRecord, bool) {
	if c, ok := m.changed[id]; ok {
		return c, true
	}
	c, ok := m.learner.Cards[id]
	return c, ok
}

// setSize tells the screen how much room it has.
func (m reviewModel) setSize(w, h int) reviewModel {
	m.width, m.height = w, h
	m.ask.setWidth(max(w-8, 10))
	return m
}

// load shows the card at pos, skipping cards whose content left the
// catalog, or ends the session.
func (m reviewModel) load() reviewModel {
	for ; m.pos < len(m.queue); m.pos++ {
		rec, ok := m.card(m.queue[m.pos])
		if !ok {
			continue
		}
		m.cur, m.q, m.fc = rec, nil, nil
		if rec.Kind == progress.KindFlashcard {
			m.fc, _ = m.catalog.Flashcard(rec.ID)
		} else {
			m.q, _ = m.catalog.Question(rec.ID)
		}
		if m.q == nil && m.fc == nil {
			continue
		}
		// The learner's own reflection on this lesson, once a session.
		m.showing = ""
		if _, ok := m.reflected[rec.LessonID]; ok && !m.recalled[rec.LessonID] {
			m.showing, m.recalled[rec.LessonID] = rec.LessonID, true
		}
		m.shown++
		if m.q != nil {
			m.ask = newAsk(m.q, rec.ID+time.Duration(m.shown).String(), true, m.t, m.st)
			m.ask.setWidth(max(m.width-8, 10))
		}
		m.phase, m.scroll = reviewAsking, scroller{}
		return m
	}
	m.phase = reviewDone
	return m
}

// inputFocused reports whether keys go to a text field.
func (m reviewModel) inputFocused() bool {
	return m.phase == reviewAsking && m.q != nil && m.ask.typing()
}

// Update handles keys and the store's answers about saves and undos.
func (m reviewModel) Update(msg tea.Msg) (reviewModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	if m.phase != reviewAsking || m.q == nil {
		return m, nil
	}
	var cmd tea.Cmd
	m.ask, cmd = m.ask.other(msg)
	return m, cmd
}

// handleKey answers, reveals, rates, undoes or leaves.
func (m reviewModel) handleKey(k tea.KeyMsg) (reviewModel, tea.Cmd) {
	switch {
	case key.Matches(k, m.keys.Back) && !m.inputFocused():
		if r, ok := m.pending(); ok {
			m.out, _ = m.out.add(screenReview, false, progress.Write{Review: &r})
		}
		return m, emit(backMsg{})
	case key.Matches(k, m.keys.Back):
		return m, emit(backMsg{}) // leaving mid-answer rates nothing
	case key.Matches(k, m.keys.Undo) && !m.inputFocused() && m.canUndo():
		m.undoing = true
		m.out, m.undoTag = m.out.add(screenReview, true, progress.Write{Undo: true})
		return m, nil
	}
	switch m.phase {
	case reviewPlan:
		if key.Matches(k, m.keys.Next) || key.Matches(k, m.keys.Reveal) {
			return m.seenPlan(), nil
		}
		return m, nil
	case reviewAsking:
		if m.fc != nil {
			if key.Matches(k, m.keys.Reveal) {
				m.phase = reviewFeedback
			}
			return m, nil
		}
		var submitted bool
		var cmd tea.Cmd
		m.ask, submitted, cmd = m.ask.update(k, m.answer)
		if submitted {
			m.phase = reviewFeedback
		}
		return m, cmd
	case reviewFeedback:
		switch {
		case key.Matches(k, m.answer.Up):
			m = m.scrolled(-1)
			return m, nil
		case key.Matches(k, m.answer.Down):
			m = m.scrolled(1)
			return m, nil
		}
		return m.handleRatingKey(k)
	}
	return m, nil
}

// handleRatingKey commits the rating: a flashcard's 1-4; a question's
// default with Enter (Again if wrong, Good if right) or 1-4 as a
// flashcard. After a wrong answer only 1, Again, rates: the card was not
// recalled, and a pass would schedule it days away and contradict the
// answer stored as wrong. After a right one every rating does, 1 to fail
// a lucky guess.
func (m reviewModel) handleRatingKey(k tea.KeyMsg) (reviewModel, tea.Cmd) {
	switch {
	case m.q != nil && key.Matches(k, m.keys.Next):
		return m.commit(m.defaultRating())
	case key.Matches(k, m.keys.Rate):
		r := ratingKey(k)
		if m.q != nil && !m.ask.right && r != progress.Again {
			return m, nil
		}
		return m.commit(r)
	}
	return m, nil
}

// ratingKey is the rating a Rate key gives: its digit, h Hard, e Easy.
func ratingKey(k tea.KeyMsg) progress.Rating {
	switch k.String() {
	case "h":
		return progress.Hard
	case "e":
		return progress.Easy
	}
	return progress.Rating(k.String()[0] - '0')
}

// defaultRating is Again for a wrong answer and Good for a right one.
func (m reviewModel) defaultRating() progress.Rating {
	if m.ask.right {
		return progress.Good
	}
	return progress.Again
}

// review builds the rating of the current card at now.
func (m reviewModel) review(r progress.Rating) progress.Review {
	now := m.now()
	var a *progress.Answer
	if m.q != nil {
		a = &progress.Answer{LessonID: m.cur.LessonID, QuestionID: m.q.ID, Given: m.q.Describe(m.ask.resp), Correct: m.ask.right, At: now}
	}
	return m.params.Rate(m.cur, r, now, a)
}

// pending is the rating a learner who leaves now has effectively given: an
// answered question keeps its default rating, so no answer is lost.
func (m reviewModel) pending() (progress.Review, bool) {
	if m.phase != reviewFeedback || m.q == nil {
		return progress.Review{}, false
	}
	return m.review(m.defaultRating()), true
}

// commit saves a rating and moves on. A card back in learning steps comes
// again at the end of this session, as it falls due within minutes.
func (m reviewModel) commit(r progress.Rating) (reviewModel, tea.Cmd) {
	rv := m.review(r)
	d := doneCard{id: m.cur.ID, prev: m.cur, existed: true, pos: m.pos, right: r != progress.Again}
	next := m.cur
	next.Card = rv.After
	m.changed[m.cur.ID] = next
	if rv.After.Phase == progress.PhaseLearning || rv.After.Phase == progress.PhaseRelearning {
		m.queue = append(append([]string(nil), m.queue...), m.cur.ID)
		d.requeued = true
	}
	m.out, d.tag = m.out.add(screenReview, false, progress.Write{Review: &rv})
	d.saved = savePending
	m.done = append(m.done, d)
	m.pos++
	return m.load(), nil
}

// saveResult marks this session's ratings saved (or not) and finishes an
// undo once the store has reverted the rating.
func (m reviewModel) saveResult(r saveResultMsg) (reviewModel, tea.Cmd) {
	for i := range m.done {
		if r.has(m.done[i].tag) {
			m.done[i].saved = saveDone
			if r.err != nil {
				m.done[i].saved = saveFailed
			}
		}
	}
	if m.undoing && r.has(m.undoTag) {
		m.undoing = false
		if r.err == nil {
			return m.undone(), nil
		}
	}
	return m, nil
}

// canUndo reports whether the last rating of this session is saved and can
// be taken back.
func (m reviewModel) canUndo() bool {
	return !m.undoing && len(m.done) > 0 && m.done[len(m.done)-1].saved == saveDone
}

// undone takes the last rating back once the store has reverted it.
func (m reviewModel) undone() reviewModel {
	if len(m.done) == 0 {
		return m
	}
	d := m.done[len(m.done)-1]
	m.done = m.done[:len(m.done)-1]
	m.changed[d.id] = d.prev
	if d.requeued {
		m.queue = m.queue[:len(m.queue)-1]
	}
	m.pos = d.pos
	return m.load()
}

// left counts the cards still to come in this session, the current one
// included, by what each is now, as Anki's three counters: new, in
// learning steps, review. A card that comes back in a learning step moves
// from one counter to another instead of adding to a total, so the
// counters only go down as the learner works. At the start they are the
// course map's count (progress.Learner.Counts).
func (m reviewModel) left() progress.Counts {
	var c progress.Counts
	for _, id := range m.queue[min(m.pos, len(m.queue)):] {
		rec, ok := m.card(id)
		switch {
		case !ok:
		case rec.Card.Phase == progress.PhaseNew:
			c.New++
		case rec.Card.Phase == progress.PhaseReview:
			c.Review++
		default:
			c.Learning++
		}
	}
	return c
}

// stats counts this session's ratings and right answers.
func (m reviewModel) stats() (reviewed, right int) {
	for _, d := range m.done {
		reviewed++
		if d.right {
			right++
		}
	}
	return reviewed, right
}

// nextDue is when the review will next show a card, or zero: the
// learner's index, with this session's ratings not yet committed.
func (m reviewModel) nextDue() time.Time {
	now := m.now()
	next := m.learner.NextDue(now)
	for _, c := range m.changed {
		if c.Card.Phase == progress.PhaseNew || c.Card.IsDue(now) {
			continue
		}
		if from := c.Card.ShownFrom(now.Location()); next.IsZero() || from.Before(next) {
			next = from
		}
	}
	return next
}

// unsaved counts this session's ratings not yet committed, and failed.
func (m reviewModel) unsaved() (pending, failed int) {
	for _, d := range m.done {
		switch d.saved {
		case savePending:
			pending++
		case saveFailed:
			failed++
		}
	}
	return pending, failed
}
