package progress

import "maps"

// memIndex is MemStore's profile records, aliases and profiles as a profileIndex
// (see profiles.go). The caller holds the store's mutex. Nothing here can
// fail, so saveProfile and deleteProfile never stop halfway.
type memIndex struct{ s *MemStore }

func (ix memIndex) records() ([]Profile, error) {
	var list []Profile
	for p := range maps.Values(ix.s.index) {
		list = append(list, p)
	}
	return list, nil
}

func (ix memIndex) alias(ref string) (string, bool, error) {
	id, ok := ix.s.aliases[ref]
	return id, ok, nil
}

func (ix memIndex) first() (string, error) { return ix.s.first, nil }

func (ix memIndex) aliases() (map[string]string, error) { return maps.Clone(ix.s.aliases), nil }

func (ix memIndex) setFirst(id string) error { ix.s.first = id; return nil }

func (ix memIndex) newID() (string, error) { return ix.s.newID() }

func (ix memIndex) hasProgress(id string) (bool, error) {
	p := ix.s.profiles[id]
	if p == nil {
		return false, nil
	}
	has := len(p.lessons) > 0 || len(p.log) > 0 || len(p.lastAnswers) > 0 ||
		len(p.cards) > 0 || len(p.reviews) > 0 || len(p.checks) > 0 || len(p.reflections) > 0 ||
		p.settings != nil || positionSet(p.position)
	// Days only count reviews, which are in the log: nothing to add.
	return has, nil
}

func (ix memIndex) putProfile(p Profile) error { ix.s.index[p.ID] = p; return nil }

func (ix memIndex) removeProfile(id string) error {
	delete(ix.s.index, id)
	delete(ix.s.profiles, id)
	maps.DeleteFunc(ix.s.aliases, func(_, to string) bool { return to == id })
	return nil
}

// resolve is resolveProfile over the store; the caller holds the mutex.
// Nothing in memory can fail to read.
func (s *MemStore) resolve(ref string) string {
	id, _ := resolveProfile(memIndex{s}, ref)
	return id
}

// ResolveProfile implements Store.
func (s *MemStore) ResolveProfile(ref string) (string, error) {
	const op = "resolve profile"
	if err := checkID("profile", ref); err != nil {
		return "", opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return "", err
	}
	defer s.mu.Unlock()
	return s.resolve(ref), nil
}

// File implements Store: a MemStore is a file of its own, made when the
// store was.
func (s *MemStore) File() (FileInfo, error) {
	if err := s.lock("file"); err != nil {
		return FileInfo{}, err
	}
	defer s.mu.Unlock()
	return s.file, nil
}

// Profiles implements Store.
func (s *MemStore) Profiles() ([]Profile, error) {
	if err := s.lock("profiles"); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	// Profiles hold no pointers, maps or slices: the list is a deep copy.
	return listProfiles(memIndex{s})
}

// SaveProfile implements Store.
func (s *MemStore) SaveProfile(p Profile) error {
	const op = "save profile"
	p, err := prepareProfile(p)
	if err != nil {
		return opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return err
	}
	defer s.mu.Unlock()
	if err := saveProfile(memIndex{s}, p); err != nil {
		return opError(op, err)
	}
	return nil
}

// DeleteProfile implements Store.
func (s *MemStore) DeleteProfile(id string) error {
	const op = "delete profile"
	if err := checkProfileID(id); err != nil {
		return opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return err
	}
	defer s.mu.Unlock()
	if err := deleteProfile(memIndex{s}, id); err != nil {
		return opError(op, err)
	}
	return nil
}
