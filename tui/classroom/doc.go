// Package classroom is ajar serve: a class over SSH. One trainer PC serves
// the tutor to every learner's own terminal (nothing installed on their
// PCs), keeps every learner's progress in the one progress file it owns,
// and lets the trainer push live questions to the room and see a room
// overview.
//
// The server (server.go) is wish's SSH engine with bubbletea's middleware:
// a learner types the class code (auth.go, rate-limited per address in
// limits.go), then their name on the join screen (join.go), and runs the
// tutor for that learner only (tui.Deps.Locked), seated in the Room.
// Nothing else runs: no shell, command, forwarding or subsystem. The host
// key (hostkey.go) is made once beside the progress file. When a session
// ends, however it ends, the saves its tutor still owed are written
// (server_session.go), so a dropped connection loses no answer.
//
// It gets a loaded catalog and a progress.Store from main: it must not
// import ajar/content or bbolt (.ci/imports).
package classroom
