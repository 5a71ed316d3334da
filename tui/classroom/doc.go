// Package classroom is ajar serve: a class over SSH. One trainer PC serves
// the tutor to every learner's own terminal (nothing installed on their
// PCs), keeps every learner's progress in the one progress file it owns,
// and lets the trainer push live questions to the room and see a room
// overview.
//
// It gets a loaded catalog and a progress.Store from main: it must not
// import ajar/content or bbolt (.ci/imports).
package classroom
