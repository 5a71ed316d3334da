package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// This file holds every Cmd that does IO. Each takes values, never a model,
// and returns a typed result or an error message. Only the root issues
// store Cmds, through its save queue.

// emit wraps a message as a Cmd, so screens can send requests to the root.
func emit(msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return msg }
}

// loadSnapshotCmd reads the profile's progress (one read transaction). It
// runs from the save queue, so no write commits while it reads: every
// effect that arrives after it is not in it yet.
func loadSnapshotCmd(store progress.Store, profile string) tea.Cmd {
	return func() tea.Msg {
		snap, err := store.Snapshot(profile)
		if err != nil {
			return errMsg{op: "load", err: err}
		}
		return snapshotLoadedMsg{snap: snap}
	}
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
// write, in order. Sent by applyCmd; handled by the root.
type savedMsg struct {
	profile string
	jobs    []saveJob
	effects []progress.Effect
}

// saveFailedMsg reports a group of requests the store did not commit;
// none of its writes is stored. Sent by applyCmd; handled by the root.
type saveFailedMsg struct {
	profile string
	jobs    []saveJob
	err     error
}

// retrySavesMsg asks the save queue to try a stalled write again. Sent by
// retryAfter; handled by the root.
type retrySavesMsg struct{}

// retryAfter waits, then asks for the stalled write to be tried again.
func retryAfter(d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return retrySavesMsg{} })
}

// saveProfileCmd stores a learner and reads the list back (one write and
// one read transaction).
func saveProfileCmd(store progress.Store, p progress.Profile, choose bool) tea.Cmd {
	return func() tea.Msg {
		if err := store.SaveProfile(p); err != nil {
			return errMsg{op: "save profile", err: err}
		}
		list, err := store.Profiles()
		if err != nil {
			return errMsg{op: "profiles", err: err}
		}
		msg := profilesLoadedMsg{list: list}
		if choose {
			msg.choose = p.ID
		}
		return msg
	}
}

// deleteProfileCmd deletes a learner with all their progress and reads the
// list back (one write and one read transaction).
func deleteProfileCmd(store progress.Store, id string) tea.Cmd {
	return func() tea.Msg {
		if err := store.DeleteProfile(id); err != nil {
			return errMsg{op: "delete profile", err: err}
		}
		list, err := store.Profiles()
		if err != nil {
			return errMsg{op: "profiles", err: err}
		}
		return profilesLoadedMsg{list: list}
	}
}

// Error implements error, so main can report a final write that failed.
func (m saveFailedMsg) Error() string { return m.err.Error() }
