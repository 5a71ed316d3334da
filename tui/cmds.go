package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// This file holds every store call: the Cmds that do IO and the apply
// methods of store requests, which the save queue runs in a Cmd. Each
// takes values, never a model, and returns a saveResult (a typed result
// or an error message). Only the root issues them, through its queue.

// emit wraps a message as a Cmd, so screens can send requests to the root.
func emit(msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return msg }
}

// loadSnapshotMsg asks to read a learner's progress. Queued by the root
// at start and when a learner is chosen; a saveRequest.
type loadSnapshotMsg struct{ profile string }

// apply reads the profile's progress (one read transaction). It runs from
// the save queue, so no write commits while it reads: every effect that
// arrives after it is not in it yet.
func (r loadSnapshotMsg) apply(store progress.Store) saveResult {
	snap, err := store.Snapshot(r.profile)
	if err != nil {
		return errMsg{op: "load", err: err}
	}
	return snapshotLoadedMsg{snap: snap}
}

// applyCmd commits the requests of a group of jobs for one learner in one
// write transaction, in order (store.Apply), and reports the effects or
// the error with the jobs, so the root can mark, retry or split them.
func applyCmd(store progress.Store, profile string, jobs []saveJob) tea.Cmd {
	return func() tea.Msg {
		var ws []progress.Write
		for _, j := range jobs {
			for _, r := range j.reqs {
				ws = append(ws, r.writes...)
			}
		}
		effects, err := store.Apply(profile, ws...)
		if err != nil {
			return saveFailedMsg{profile: profile, jobs: jobs, err: err}
		}
		return savedMsg{profile: profile, jobs: jobs, effects: effects}
	}
}

// savedMsg reports a committed group of requests with the effect of each
// write, in order. Sent by applyCmd; a saveResult (saving.go).
type savedMsg struct {
	profile string
	jobs    []saveJob
	effects []progress.Effect
}

// saveFailedMsg reports a group of requests the store did not commit;
// none of its writes is stored. Sent by applyCmd; a saveResult (saving.go).
type saveFailedMsg struct {
	profile string
	jobs    []saveJob
	err     error
}

// retrySavesMsg asks the save queue to try a stalled write again. Sent by
// retryAfter; a saveResult (saving.go).
type retrySavesMsg struct{}

// retryAfter waits, then asks for the stalled write to be tried again.
func retryAfter(d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return retrySavesMsg{} })
}

// apply stores a learner and reads the list back (one write and one read
// transaction).
func (r saveProfileMsg) apply(store progress.Store) saveResult {
	if err := store.SaveProfile(r.profile); err != nil {
		return errMsg{op: "save profile", err: err}
	}
	list, err := store.Profiles()
	if err != nil {
		return errMsg{op: "profiles", err: err}
	}
	msg := profilesLoadedMsg{list: list}
	if r.choose {
		msg.choose = r.profile.ID
	}
	return msg
}

// apply deletes a learner with all their progress and reads the list back
// (one write and one read transaction).
func (r deleteProfileMsg) apply(store progress.Store) saveResult {
	if err := store.DeleteProfile(r.id); err != nil {
		return errMsg{op: "delete profile", err: err}
	}
	list, err := store.Profiles()
	if err != nil {
		return errMsg{op: "profiles", err: err}
	}
	return profilesLoadedMsg{list: list}
}

// Error implements error, so main can report a final write that failed.
func (m saveFailedMsg) Error() string { return m.err.Error() }
