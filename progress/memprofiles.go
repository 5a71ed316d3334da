package progress

import "maps"

// memIndex is MemStore's profile records and profiles as a profileIndex
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

func (ix memIndex) defaultHasProgress() (bool, error) {
	p := ix.s.profiles[DefaultProfile]
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
	return nil
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
