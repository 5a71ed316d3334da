package progress

import (
	"maps"
	"sync"
	"time"
)

// MemStore is a Store kept in memory, with the same semantics as BoltStore.
// It is meant for tests and for a demo mode that must not touch the disk.
// Values go in and out by copy, so callers never alias its maps.
type MemStore struct {
	mu       sync.Mutex
	closed   bool
	profiles map[string]*memProfile
	index    map[string]Profile // the profile records, by ID
}

// memProfile is one profile's progress. The logs are kept in Seq order.
// Their counters hold the last Seq handed out, like a bbolt bucket's
// sequence: UndoReview removes entries, and a removed Seq is never reused.
type memProfile struct {
	lessons     map[string]LessonRecord
	lastAnswers map[string]Answer
	log         []Answer
	answerSeq   uint64
	position    Position
	cards       map[string]CardRecord
	reviews     []Review // values shared with nobody: cloned in and out
	reviewSeq   uint64
	settings    *Settings // nil until saved
	checks      map[string]CheckResult
}

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore {
	return &MemStore{profiles: map[string]*memProfile{}, index: map[string]Profile{}}
}

// lock takes the mutex unless the store is closed. On success the caller
// must unlock.
func (s *MemStore) lock(op string) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return opError(op, ErrClosed)
	}
	return nil
}

// profileForWrite returns the profile, creating it on first write. The
// caller holds the mutex.
func (s *MemStore) profileForWrite(profile string) *memProfile {
	p := s.profiles[profile]
	if p == nil {
		p = &memProfile{
			lessons:     map[string]LessonRecord{},
			lastAnswers: map[string]Answer{},
			cards:       map[string]CardRecord{},
			checks:      map[string]CheckResult{},
		}
		s.profiles[profile] = p
	}
	return p
}

// Snapshot implements Store.
func (s *MemStore) Snapshot(profile string) (Snapshot, error) {
	const op = "snapshot"
	if err := checkID("profile", profile); err != nil {
		return Snapshot{}, opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return Snapshot{}, err
	}
	defer s.mu.Unlock()
	snap := newSnapshot(profile)
	if p := s.profiles[profile]; p != nil {
		// Records hold no maps or slices, so copying the maps is a deep copy.
		maps.Copy(snap.Lessons, p.lessons)
		maps.Copy(snap.LastAnswers, p.lastAnswers)
		snap.AnswerCount = len(p.log)
		snap.Position = p.position
		maps.Copy(snap.Cards, p.cards)
		for _, r := range p.reviews {
			snap.Reviews = append(snap.Reviews, cloneReview(r))
		}
		if p.settings != nil {
			snap.Settings = *p.settings
		}
		for id, r := range p.checks {
			snap.Checks[id] = cloneCheck(r)
		}
	}
	return snap, nil
}

// OpenLesson implements Store.
func (s *MemStore) OpenLesson(profile, lessonID string, at time.Time) error {
	const op = "open lesson"
	at, err := prepareOpen(profile, lessonID, at)
	if err != nil {
		return opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return err
	}
	defer s.mu.Unlock()
	p := s.profileForWrite(profile)
	p.lessons[lessonID] = openedRecord(p.lessons[lessonID], lessonID, at)
	p.position = openedPosition(p.position, lessonID, at)
	return nil
}

// SavePosition implements Store.
func (s *MemStore) SavePosition(profile string, pos Position) error {
	const op = "save position"
	pos, err := preparePosition(profile, pos)
	if err != nil {
		return opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return err
	}
	defer s.mu.Unlock()
	s.profileForWrite(profile).position = pos
	return nil
}

// SaveAnswer implements Store.
func (s *MemStore) SaveAnswer(profile string, a Answer) (Answer, error) {
	const op = "save answer"
	a, err := prepareAnswer(profile, a)
	if err != nil {
		return Answer{}, opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return Answer{}, err
	}
	defer s.mu.Unlock()
	// memState's appends and puts never fail.
	st := memState{s.profileForWrite(profile)}
	a, _ = st.appendAnswer(a)
	_ = st.putLastAnswer(a)
	return a, nil
}

// CompleteLesson implements Store.
func (s *MemStore) CompleteLesson(profile string, r Result) (LessonRecord, error) {
	const op = "complete lesson"
	r, err := prepareResult(profile, r)
	if err != nil {
		return LessonRecord{}, opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return LessonRecord{}, err
	}
	defer s.mu.Unlock()
	p := s.profileForWrite(profile)
	rec := completedRecord(p.lessons[r.LessonID], r)
	p.lessons[r.LessonID] = rec
	// memState's reads and puts never fail, so this cannot stop halfway.
	_ = addNewCards(memState{p}, r.NewCards)
	return rec, nil
}

// AnswerLog returns every answer of a profile in saving (Seq) order. It is
// not part of Store: only reports and tests need the full log.
func (s *MemStore) AnswerLog(profile string) ([]Answer, error) {
	const op = "answer log"
	if err := checkID("profile", profile); err != nil {
		return nil, opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	log := []Answer{}
	if p := s.profiles[profile]; p != nil {
		log = append(log, p.log...)
	}
	return log, nil
}

// Close implements Store. The data is dropped.
func (s *MemStore) Close() error {
	if err := s.lock("close"); err != nil {
		return err
	}
	defer s.mu.Unlock()
	s.closed = true
	s.profiles, s.index = nil, nil
	return nil
}
