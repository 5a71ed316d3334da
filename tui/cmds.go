package tui

import (
	"errors"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// This file holds every Cmd that does IO. Each takes values, never a model,
// and returns a typed result or an errMsg. Only the root issues store Cmds.

// emit wraps a message as a Cmd, so screens can send requests to the root.
func emit(msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return msg }
}

// loadSnapshotCmd reads the profile's progress (one read transaction).
func loadSnapshotCmd(store progress.Store, profile string) tea.Cmd {
	return func() tea.Msg {
		snap, err := store.Snapshot(profile)
		if err != nil {
			return errMsg{op: "load", err: err}
		}
		return snapshotLoadedMsg{snap: snap}
	}
}

// storeWrite wraps one store write. A failure carries the Cmd itself, so the
// root can keep it and try again rather than lose the learner's progress.
func storeWrite(op string, write func() (tea.Msg, error)) tea.Cmd {
	var cmd tea.Cmd
	cmd = func() tea.Msg {
		msg, err := write()
		if err != nil {
			return errMsg{op: op, err: err, write: true, retry: cmd}
		}
		return msg
	}
	return cmd
}

// openLessonCmd records that a lesson was opened (one write transaction).
func openLessonCmd(store progress.Store, profile, lessonID string, at time.Time) tea.Cmd {
	return storeWrite("open lesson", func() (tea.Msg, error) {
		return lessonOpenedMsg{lessonID: lessonID, at: at}, store.OpenLesson(profile, lessonID, at)
	})
}

// savePositionCmd stores the learner's place (one write transaction).
func savePositionCmd(store progress.Store, profile string, pos progress.Position) tea.Cmd {
	return storeWrite("save position", func() (tea.Msg, error) {
		return positionSavedMsg{pos: pos}, store.SavePosition(profile, pos)
	})
}

// saveAnswerCmd appends one quiz answer (one write transaction).
func saveAnswerCmd(store progress.Store, profile string, a progress.Answer) tea.Cmd {
	return storeWrite("save answer", func() (tea.Msg, error) {
		saved, err := store.SaveAnswer(profile, a)
		return answerSavedMsg{answer: saved}, err
	})
}

// completeLessonCmd records a finished quiz run (one write transaction).
func completeLessonCmd(store progress.Store, profile string, r progress.Result) tea.Cmd {
	return storeWrite("complete lesson", func() (tea.Msg, error) {
		rec, err := store.CompleteLesson(profile, r)
		return lessonCompletedMsg{record: rec, newCards: r.NewCards}, err
	})
}

// saveReviewCmd stores one rating (one write transaction).
func saveReviewCmd(store progress.Store, profile string, r progress.Review) tea.Cmd {
	return storeWrite("save review", func() (tea.Msg, error) {
		saved, err := store.SaveReview(profile, r)
		return reviewSavedMsg{review: saved}, err
	})
}

// undoReviewCmd reverts the most recent rating (one write transaction).
func undoReviewCmd(store progress.Store, profile string) tea.Cmd {
	return func() tea.Msg {
		undone, err := store.UndoReview(profile)
		if err != nil {
			// Not retried: an undo that failed is not to be repeated later.
			return errMsg{op: "undo", err: err, write: true}
		}
		return reviewUndoneMsg{review: undone}
	}
}

// saveSettingsCmd stores the review settings (one write transaction).
func saveSettingsCmd(store progress.Store, profile string, s progress.Settings) tea.Cmd {
	return storeWrite("save settings", func() (tea.Msg, error) {
		return settingsSavedMsg{settings: s}, store.SaveSettings(profile, s)
	})
}

// saveProfileCmd stores a learner and reads the list back (one write and
// one read transaction).
func saveProfileCmd(store progress.Store, p progress.Profile, choose bool) tea.Cmd {
	return storeWrite("save profile", func() (tea.Msg, error) {
		if err := store.SaveProfile(p); err != nil {
			return nil, err
		}
		list, err := store.Profiles()
		msg := profilesLoadedMsg{list: list}
		if choose {
			msg.choose = p.ID
		}
		return msg, err
	})
}

// deleteProfileCmd deletes a learner with all their progress and reads the
// list back (one write and one read transaction).
func deleteProfileCmd(store progress.Store, id string) tea.Cmd {
	return storeWrite("delete profile", func() (tea.Msg, error) {
		if err := store.DeleteProfile(id); err != nil {
			return nil, err
		}
		list, err := store.Profiles()
		return profilesLoadedMsg{list: list}, err
	})
}

// saveCheckCmd records a module check (one write transaction). A check
// already taken is reported, not retried.
func saveCheckCmd(store progress.Store, profile string, r progress.CheckResult) tea.Cmd {
	return func() tea.Msg {
		if err := store.SaveCheck(profile, r); err != nil {
			return errMsg{op: "save check", err: err, write: true, retry: retryUnlessTaken(err, saveCheckCmd(store, profile, r))}
		}
		return checkSavedMsg{result: r}
	}
}

// retryUnlessTaken keeps a failed check write for another try, except when
// the store refused it because the module was checked already.
func retryUnlessTaken(err error, retry tea.Cmd) tea.Cmd {
	if errors.Is(err, progress.ErrCheckTaken) {
		return nil
	}
	return retry
}
