// Package present is ajar's presenter mode (`ajar present`): a module's
// lessons cut into full-screen slides for a projector, with question
// slides whose answer a trainer reveals, a countdown, a high-contrast
// theme and jump-to-slide. It is its own bubbletea program.
//
// It owns the slides' rendering, keys and view. It must not import
// ajar/progress, ajar/content or ajar/tui (CI checks, .ci/imports): a
// presentation never reads or writes a learner's progress and gets its
// slides and look from main.
package present
