package progress

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Profile is one learner on a shared PC.
//
// SaveProfile stores Name with surrounding spaces trimmed and inner runs of
// spaces collapsed to one, and EmployeeNumber trimmed. Created is set by
// the caller when the profile is created (zero is refused) and fixed from
// then on: an edit keeps the stored value, whatever the caller passes. The
// one exception is the first learner of a file, listed without a record
// and with a zero Created until named: it may be saved with zero, and
// takes the first non-zero Created it is saved with.
type Profile struct {
	// ID is the learner's unique id (see NewProfileID), never shown and
	// never changed; it is what every other method's profile argument
	// refers to.
	ID string `json:"id"`
	// Name is shown; it is unique among profiles, ignoring case and spacing.
	Name string `json:"name"`
	// EmployeeNumber is the NIP, optional: digits and spaces only.
	EmployeeNumber string    `json:"employee_number,omitempty"`
	Created        time.Time `json:"created"`
	// Alias is the id the learner had before unique ids: DefaultProfile
	// for the first learner of an older file, or one made from their name.
	// Methods still accept it, so old references find the learner. It is
	// "" for learners created since. Profiles fills it in; SaveProfile
	// ignores it.
	Alias string `json:"alias,omitempty"`
}

// Unnamed reports whether p is the file's first learner, never given a
// name: Profiles lists them with DefaultProfile as their name and a zero
// Created, and a picker shows them as "the first learner".
func (p Profile) Unnamed() bool { return p.Name == DefaultProfile && p.Created.IsZero() }

// Limits of a profile's fields. IDs are UUIDs (36 bytes), or in records
// from before unique ids, made from names (40 bytes and a suffix); a short
// key keeps every profile's bucket path small.
const (
	maxProfileIDLen   = 64
	maxNameRunes      = 80
	maxEmployeeNumLen = 30
)

// The profile rules, like the review rules (reviewrules.go), are shared by
// BoltStore and MemStore: prepareProfile validates before any transaction,
// and listProfiles, saveProfile and deleteProfile run inside one over a
// profileIndex, which each store implements with its own storage.

// checkProfileID rejects a profile ID that SaveProfile cannot store.
func checkProfileID(id string) error {
	if err := checkID("profile ID", id); err != nil {
		return err
	}
	switch {
	case len(id) > maxProfileIDLen:
		return fmt.Errorf("%w: profile ID is longer than %d bytes", ErrInvalid, maxProfileIDLen)
	case !utf8.ValidString(id):
		// JSON would store U+FFFD in the record, whose ID would then
		// differ from its key.
		return fmt.Errorf("%w: profile ID %q is not UTF-8", ErrInvalid, id)
	}
	return nil
}

// normalizeName trims a name and collapses its inner spaces, so "Ani " and
// "ani  lestari" are recognised as "Ani" and "ani lestari".
func normalizeName(name string) string { return strings.Join(strings.Fields(name), " ") }

// sameName reports whether two names would look like the same learner.
func sameName(a, b string) bool { return strings.EqualFold(normalizeName(a), normalizeName(b)) }

// ErrSameName is FindProfile's answer when several learners have the name
// asked for and none of them has the id it resolves to. The store keeps
// names unique, so only a file edited by hand, or a learner named like
// the unnamed first learner, holds two; guessing would record one
// person's progress as another's.
var ErrSameName = errors.New("several learners have that name")

// FindProfile returns the learner of list that ref names, as a person
// names one: the learner whose name is ref, ignoring case and spacing
// (the way names are kept unique), or else the learner whose ID is id,
// what ResolveProfile made of ref (an id, an old id, or DefaultProfile for
// the first learner). A name wins over an id, so a learner is never
// reached through an old id that someone else's name now spells; ""
// matches no id. Among learners with the same name the one whose ID is id
// is chosen, else the answer is ErrSameName. A NIP is no way in: it is
// optional and need not be unique. Nobody found is ErrNotFound.
func FindProfile(list []Profile, ref, id string) (Profile, error) {
	var named []Profile
	for _, p := range list {
		if sameName(p.Name, ref) {
			named = append(named, p)
		}
	}
	if len(named) == 1 {
		return named[0], nil
	}
	for _, p := range list {
		if id != "" && p.ID == id && (named == nil || sameName(p.Name, ref)) {
			return p, nil
		}
	}
	if named != nil {
		return Profile{}, fmt.Errorf("%w: %d learners are named %q", ErrSameName, len(named), normalizeName(ref))
	}
	return Profile{}, fmt.Errorf("%w: no learner %q", ErrNotFound, ref)
}

// prepareProfile validates a profile and normalizes its Name and
// EmployeeNumber.
func prepareProfile(p Profile) (Profile, error) {
	if err := checkProfileID(p.ID); err != nil {
		return p, err
	}
	if !utf8.ValidString(p.Name) {
		return p, fmt.Errorf("%w: profile name is not UTF-8", ErrInvalid)
	}
	p.Name = normalizeName(p.Name)
	switch n := utf8.RuneCountInString(p.Name); {
	case n == 0:
		return p, fmt.Errorf("%w: empty profile name", ErrInvalid)
	case n > maxNameRunes:
		return p, fmt.Errorf("%w: profile name has %d characters, more than %d", ErrInvalid, n, maxNameRunes)
	}
	// Names are shown in the terminal and in reports: a control character
	// could move the cursor or recolour the screen, and an invisible one
	// would let two names look the same.
	if i := strings.IndexFunc(p.Name, func(r rune) bool { return !unicode.IsPrint(r) }); i >= 0 {
		r, _ := utf8.DecodeRuneInString(p.Name[i:])
		return p, fmt.Errorf("%w: profile name contains the unprintable character %U", ErrInvalid, r)
	}
	p.EmployeeNumber = strings.TrimSpace(p.EmployeeNumber)
	switch {
	case strings.Trim(p.EmployeeNumber, "0123456789 ") != "":
		return p, fmt.Errorf("%w: employee number %q has more than digits and spaces", ErrInvalid, p.EmployeeNumber)
	case len(p.EmployeeNumber) > maxEmployeeNumLen:
		return p, fmt.Errorf("%w: employee number is longer than %d characters", ErrInvalid, maxEmployeeNumLen)
	}
	if err := checkTime("profile created", p.Created); err != nil {
		return p, err
	}
	p.Created = plainTime(p.Created)
	return p, nil
}

// aliasLookup is what resolving a profile reference needs, from inside
// one transaction.
type aliasLookup interface {
	// alias returns the unique id an old id stands for, if it is an alias.
	alias(ref string) (id string, ok bool, err error)
	// first returns the first learner's id, "" if the file has none.
	first() (string, error)
}

// resolveProfile turns what a caller names a learner by into the key of
// their progress: an alias becomes the id it stands for, DefaultProfile
// the first learner's id, and anything else (a unique id) stays as it is.
// The first learner is the one a fresh file starts with, before anyone is
// named: the app learns as DefaultProfile until learners are created.
func resolveProfile(ix aliasLookup, ref string) (string, error) {
	if id, ok, err := ix.alias(ref); err != nil || ok {
		return id, err
	}
	if ref == DefaultProfile {
		if id, err := ix.first(); err != nil || id != "" {
			return id, err
		}
	}
	return ref, nil
}

// profileIndex is the profile records, aliases and the progress they own,
// as seen from inside a single transaction.
type profileIndex interface {
	aliasLookup
	// records returns every stored Profile record, in any order.
	records() ([]Profile, error)
	// aliases returns every alias with the id it stands for.
	aliases() (map[string]string, error)
	// setFirst makes id the first learner.
	setFirst(id string) error
	// newID returns a fresh unique id.
	newID() (string, error)
	// hasProgress reports whether the learner id has any progress: a
	// lesson, an answer in the log, a last answer, a card, a review, a
	// check, a reflection, saved settings or a set position (see
	// positionSet). Both stores apply this one definition to what they
	// hold.
	hasProgress(id string) (bool, error)
	putProfile(p Profile) error
	// removeProfile deletes a profile's record, if any, all its progress
	// and every alias of it.
	removeProfile(id string) error
}

// HasProgress reports whether s holds any of a learner's progress, as the
// stores count it to list the first learner (see profileIndex.hasProgress;
// saved settings alone are no progress here, since a snapshot cannot tell
// them from the defaults).
func (s Snapshot) HasProgress() bool {
	return len(s.Lessons) > 0 || s.AnswerCount > 0 || len(s.LastAnswers) > 0 || len(s.Cards) > 0 ||
		len(s.Days) > 0 || len(s.Checks) > 0 || len(s.Reflections) > 0 || positionSet(s.Position)
}

// positionSet reports whether a stored position points anywhere. Saving
// the zero Position is allowed and means "nowhere", so it is no progress.
func positionSet(pos Position) bool {
	return pos.LessonID != "" || pos.Screen != "" || pos.Scroll != 0 || pos.Question != 0 || !pos.At.IsZero()
}

// listProfiles returns every profile, sorted (see Store.Profiles). The
// first learner has progress but no record until named; they are listed
// anyway, or their progress would be invisible.
func listProfiles(ix profileIndex) ([]Profile, error) {
	list, err := ix.records()
	if err != nil {
		return nil, err
	}
	if list == nil {
		list = []Profile{} // like Snapshot's maps: empty, never nil
	}
	first, err := ix.first()
	if err != nil {
		return nil, err
	}
	if first != "" && !slices.ContainsFunc(list, func(p Profile) bool { return p.ID == first }) {
		has, err := ix.hasProgress(first)
		if err != nil {
			return nil, err
		}
		if has {
			list = append(list, Profile{ID: first, Name: DefaultProfile})
		}
	}
	aliases, err := ix.aliases()
	if err != nil {
		return nil, err
	}
	for alias, id := range aliases {
		for i := range list {
			// One alias per learner is all an upgrade gives; the smallest
			// keeps the list the same on every call if there were more.
			if list[i].ID == id && (list[i].Alias == "" || alias < list[i].Alias) {
				list[i].Alias = alias
			}
		}
	}
	// The ID breaks ties, which only a file with duplicate names (written
	// by hand, or the unnamed first learner) can have, so the order is
	// stable.
	slices.SortFunc(list, func(a, b Profile) int {
		return cmp.Or(
			cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
			cmp.Compare(a.Name, b.Name),
			cmp.Compare(a.ID, b.ID))
	})
	return list, nil
}

// saveProfile stores a prepared profile (see Store.SaveProfile). Its ID
// may be an alias; a new profile's must be a unique id.
func saveProfile(ix profileIndex, p Profile) error {
	id, err := resolveProfile(ix, p.ID)
	if err != nil {
		return err
	}
	p.ID, p.Alias = id, ""
	list, err := listProfiles(ix)
	if err != nil {
		return err
	}
	var old *Profile
	for i, q := range list {
		switch {
		case q.ID == p.ID:
			old = &list[i]
		case sameName(q.Name, p.Name):
			return fmt.Errorf("%w: profile name %q is taken by profile %q", ErrInvalid, p.Name, q.ID)
		}
	}
	switch {
	case old != nil && !old.Created.IsZero():
		p.Created = old.Created
	case old == nil && !IsUniqueID(p.ID):
		// Reports join learners across PCs by this id: one made from a
		// name would make two Anis one person.
		return fmt.Errorf("%w: new profile %q: the ID is not a unique id (see NewProfileID)", ErrInvalid, p.ID)
	case old == nil && p.Created.IsZero():
		// Only the first learner, listed without a record, may keep an
		// unknown creation time.
		return fmt.Errorf("%w: new profile %q has a zero Created time", ErrInvalid, p.ID)
	}
	return ix.putProfile(p)
}

// deleteProfile removes a listed profile, its progress and its aliases
// (see Store.DeleteProfile). Deleting the first learner makes a new,
// empty first learner, so DefaultProfile always names a unique id.
func deleteProfile(ix profileIndex, ref string) error {
	id, err := resolveProfile(ix, ref)
	if err != nil {
		return err
	}
	list, err := listProfiles(ix)
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(list, func(p Profile) bool { return p.ID == id }) {
		return fmt.Errorf("%w: profile %q", ErrNotFound, ref)
	}
	if err := ix.removeProfile(id); err != nil {
		return err
	}
	first, err := ix.first()
	if err != nil || first != id {
		return err
	}
	fresh, err := ix.newID()
	if err != nil {
		return err
	}
	return ix.setFirst(fresh)
}
