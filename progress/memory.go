package progress

import (
	"crypto/rand"
	"io"
	"maps"
	"slices"
	"sync"
)

// MemStore is a Store kept in memory, with the same semantics as BoltStore.
// It is meant for tests and for a demo mode that must not touch the disk.
// Values go in and out by copy, so callers never alias its maps.
type MemStore struct {
	shorthands
	mu       sync.Mutex
	closed   bool
	profiles map[string]*memProfile
	index    map[string]Profile // the profile records, by ID
	// aliases are old ids and the unique ids they stand for. A MemStore
	// is never upgraded, so it has none; the profile rules read them as
	// BoltStore's.
	aliases map[string]string
	first   string    // the first learner's id (see resolveProfile)
	file    FileInfo  // this store's identity, as a file has one
	rand    io.Reader // where new ids come from (NewMemStoreFrom)
}

// memProfile is one profile's progress. The logs are kept in Seq order.
// Their counters hold the last Seq handed out, like a bbolt bucket's
// sequence: an undo removes entries, and a removed Seq is never reused.
type memProfile struct {
	lessons     map[string]LessonRecord
	lastAnswers map[string]Answer
	log         []Answer
	answerSeq   uint64
	position    Position
	cards       map[string]CardRecord
	reviews     []memReview // values shared with nobody: cloned in and out
	reviewSeq   uint64
	days        Days
	settings    *Settings // nil until saved
	checks      map[string]CheckResult
	reflections map[string]Reflection
}

// memReview is a logged review with the day it was counted on.
type memReview struct {
	r   Review
	day int64
}

// NewMemStore returns an empty MemStore, with a first learner and a file
// id of its own, as a new file has.
func NewMemStore() *MemStore { return NewMemStoreFrom(rand.Reader) }

// NewMemStoreFrom is NewMemStore with its ids made from r, like
// Options.Rand: tests that must see the same ids on every run (a learner's
// own question order depends on the id) pass a seeded source.
func NewMemStoreFrom(r io.Reader) *MemStore {
	s := &MemStore{profiles: map[string]*memProfile{}, index: map[string]Profile{},
		aliases: map[string]string{}, rand: r}
	s.first, _ = s.newID()
	// newFileInfo fails only on a host name longer than DNS allows.
	s.file, _ = newFileInfo(s.newID, "", false)
	s.shorthands = shorthands{apply: s.apply}
	return s
}

// newID makes a unique id from the store's source; a failing source (a
// test's, run dry) falls back to crypto/rand rather than give no id.
func (s *MemStore) newID() (string, error) {
	if id, err := newID(s.rand); err == nil {
		return id, nil
	}
	return NewProfileID(), nil
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

// newMemProfile returns an empty profile.
func newMemProfile() *memProfile {
	return &memProfile{
		lessons:     map[string]LessonRecord{},
		lastAnswers: map[string]Answer{},
		cards:       map[string]CardRecord{},
		days:        Days{},
		checks:      map[string]CheckResult{},
		reflections: map[string]Reflection{},
	}
}

// clone copies a profile deeply enough that changing the copy leaves p as
// it was: the records in the maps and logs hold no shared references once
// stored (reviews and checks are cloned on the way in).
func (p *memProfile) clone() *memProfile {
	c := *p
	c.lessons = maps.Clone(p.lessons)
	c.lastAnswers = maps.Clone(p.lastAnswers)
	c.log = slices.Clone(p.log)
	c.cards = maps.Clone(p.cards)
	c.reviews = slices.Clone(p.reviews)
	c.days = p.days.clone()
	c.settings = clonePtr(p.settings)
	c.checks = maps.Clone(p.checks)
	c.reflections = maps.Clone(p.reflections)
	return &c
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
	if p := s.profiles[s.resolve(profile)]; p != nil {
		// Records hold no maps or slices, so copying the maps is a deep copy.
		maps.Copy(snap.Lessons, p.lessons)
		maps.Copy(snap.LastAnswers, p.lastAnswers)
		snap.AnswerCount = len(p.log)
		snap.Position = p.position
		maps.Copy(snap.Cards, p.cards)
		maps.Copy(snap.Days, p.days)
		if p.settings != nil {
			snap.Settings = *p.settings
		}
		for id, r := range p.checks {
			snap.Checks[id] = cloneCheck(r)
		}
		for id, r := range p.reflections {
			snap.Reflections[id] = cloneReflection(r)
		}
	}
	return snap, nil
}

// Apply implements Store.
func (s *MemStore) Apply(profile string, ws ...Write) ([]Effect, error) {
	return s.apply("apply", profile, ws)
}

// apply is Apply with errors prefixed by op. A single write checks
// everything that can fail before it changes anything (see write.go); a
// group works on a copy of the profile, kept only if every write succeeds,
// as a bbolt transaction would be.
func (s *MemStore) apply(op, profile string, ws []Write) ([]Effect, error) {
	ws, err := prepareWrites(profile, ws)
	if err != nil {
		return nil, opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	id := s.resolve(profile)
	p := s.profiles[id]
	if p == nil {
		p = newMemProfile()
	}
	work := p
	if len(ws) > 1 {
		work = p.clone()
	}
	effects, err := applyWrites(memState{work}, ws)
	if err != nil {
		return nil, opError(op, err)
	}
	s.profiles[id] = work
	for i := range effects {
		effects[i] = cloneEffect(effects[i])
	}
	return effects, nil
}

// cloneEffect copies what an effect points to, so the caller shares
// nothing with the store.
func cloneEffect(e Effect) Effect {
	if e.Review != nil {
		r := cloneReview(*e.Review)
		e.Review = &r
	}
	if e.Check != nil {
		c := cloneCheck(*e.Check)
		e.Check = &c
	}
	if e.Reflection != nil {
		r := cloneReflection(*e.Reflection)
		e.Reflection = &r
	}
	e.Cards = slices.Clone(e.Cards)
	return e
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
	if p := s.profiles[s.resolve(profile)]; p != nil {
		log = append(log, p.log...)
	}
	return log, nil
}

// ReviewLog calls fn with every review of a profile in Seq order (see
// BoltStore.ReviewLog). fn runs without the store's lock held.
func (s *MemStore) ReviewLog(profile string, fn func(Review) error) error {
	const op = "review log"
	if err := checkID("profile", profile); err != nil {
		return opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return err
	}
	var log []Review
	if p := s.profiles[s.resolve(profile)]; p != nil {
		for _, r := range p.reviews {
			log = append(log, cloneReview(r.r))
		}
	}
	s.mu.Unlock()
	for _, r := range log {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// Close implements Store. The data is dropped.
func (s *MemStore) Close() error {
	if err := s.lock("close"); err != nil {
		return err
	}
	defer s.mu.Unlock()
	s.closed = true
	s.profiles, s.index, s.aliases = nil, nil, nil
	return nil
}
