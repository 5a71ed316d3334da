package progress

// Apply folds the effect of a committed write into the snapshot, in place.
// It is how the app keeps its copy of a learner's progress current without
// reading the store again and without a second copy of the store's rules:
// the effect already holds every changed record as stored. It touches only
// the records the effect names, so it costs the same at 300 cards and at
// 20,000. A snapshot from Store.Snapshot followed by Apply of every effect
// of later writes equals a fresh Snapshot (the contract suite checks this).
func (s *Snapshot) Apply(e Effect) {
	s.ensureMaps()
	if e.Lesson != nil {
		s.Lessons[e.Lesson.LessonID] = *e.Lesson
	}
	if e.Position != nil {
		s.Position = *e.Position
	}
	if e.Last != nil {
		s.LastAnswers[e.Last.QuestionID] = *e.Last
	}
	if e.ClearLast != "" {
		delete(s.LastAnswers, e.ClearLast)
	}
	s.AnswerCount += e.Answers
	for _, c := range e.Cards {
		s.Cards[c.ID] = c
	}
	if e.Removed != "" {
		delete(s.Cards, e.Removed)
	}
	if e.Day != nil {
		if e.Day.Count == (DayCount{}) {
			delete(s.Days, e.Day.Day)
		} else {
			s.Days[e.Day.Day] = e.Day.Count
		}
	}
	if e.Settings != nil {
		s.Settings = *e.Settings
	}
	if e.Check != nil {
		s.Checks[e.Check.ModuleID] = cloneCheck(*e.Check)
	}
	if e.Reflection != nil {
		s.Reflections[e.Reflection.LessonID] = cloneReflection(*e.Reflection)
	}
}

// ensureMaps makes the zero Snapshot usable by Apply.
func (s *Snapshot) ensureMaps() {
	if s.Lessons == nil {
		s.Lessons = map[string]LessonRecord{}
	}
	if s.LastAnswers == nil {
		s.LastAnswers = map[string]Answer{}
	}
	if s.Cards == nil {
		s.Cards = map[string]CardRecord{}
	}
	if s.Days == nil {
		s.Days = Days{}
	}
	if s.Checks == nil {
		s.Checks = map[string]CheckResult{}
	}
	if s.Reflections == nil {
		s.Reflections = map[string]Reflection{}
	}
}
