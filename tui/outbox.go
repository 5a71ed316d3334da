package tui

import "ajar/progress"

// saveReq is a screen's request to store some of the learner's writes in
// one transaction: an answer with its card and the new place, say.
type saveReq struct {
	writes []progress.Write
	tag    saveTag
	// once marks writes that must not be tried again after a failure: an
	// undo repeated later would take back a different review, and a check
	// is scored once.
	once bool
}

// saveTag names the screen that asked and its request number there, so
// the "saved" mark lands on the answer it belongs to. The zero tag is the
// root's own writes (lesson opened, quiz started), which show no mark.
type saveTag struct {
	screen screen
	n      int
}

// outbox collects a screen's save requests during one Update. The root
// takes them as soon as the Update returns, in the order they were made,
// and queues them. A Cmd per request would not keep that order: bubbletea
// runs the Cmds of a batch, and of consecutive keys, concurrently, so under
// a burst of keys answers reached the queue out of order.
type outbox struct {
	reqs []saveReq
	n    int // requests made so far: the next tag
}

// add queues writes from screen s and returns the request's tag.
func (o outbox) add(s screen, once bool, writes ...progress.Write) (outbox, saveTag) {
	o.n++
	tag := saveTag{screen: s, n: o.n}
	o.reqs = append(o.reqs[:len(o.reqs):len(o.reqs)], saveReq{writes: writes, tag: tag, once: once})
	return o, tag
}

// take returns the requests made since the last take and empties the box.
func (o outbox) take() (outbox, []saveReq) {
	reqs := o.reqs
	o.reqs = nil
	return o, reqs
}

// saveState is what a screen shows about one of its requests.
type saveState int

const (
	saveNone    saveState = iota // nothing asked
	savePending                  // asked, not yet committed
	saveDone                     // committed: the mark may show
	saveFailed                   // failed; kept and tried again
)

// saveMark is what a screen shows of one of its requests: the answer on
// screen, or a check's result.
type saveMark struct {
	tag   saveTag
	state saveState
	err   error
}

// pending starts a mark for a request just made.
func pending(tag saveTag) saveMark { return saveMark{tag: tag, state: savePending} }

// update applies a save result that covers the mark's request.
func (s saveMark) update(r saveResultMsg) saveMark {
	if s.state == saveNone || !r.has(s.tag) {
		return s
	}
	s.state, s.err = saveDone, r.err
	if r.err != nil {
		s.state = saveFailed
	}
	return s
}

// saveResultMsg reports what became of requests, to the screens that made
// them. Sent by the root after a write ends; handled by quiz, review and
// check, which update their marks.
type saveResultMsg struct {
	tags []saveTag
	err  error // nil when committed
}

// has reports whether the result covers tag.
func (r saveResultMsg) has(tag saveTag) bool {
	for _, t := range r.tags {
		if t == tag {
			return true
		}
	}
	return false
}

// requests returns the requests a screen has made and the root has not
// taken yet (tests read them after pressing keys on a lone screen).
func (m quizModel) requests() []saveReq    { return m.out.reqs }
func (m reviewModel) requests() []saveReq  { return m.out.reqs }
func (m readerModel) requests() []saveReq  { return m.out.reqs }
func (m statsModel) requests() []saveReq   { return m.out.reqs }
func (m checkModel) requests() []saveReq   { return m.out.reqs }
func (m reflectModel) requests() []saveReq { return m.out.reqs }
