package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui"
	"ajar/tui/plain"
)

// runPlain is the tutor in plain mode (ajar --plain, or TERM=dumb): the
// same course, progress file and scheduling as the full-screen tutor, as
// a line dialogue on in and stdout for screen readers and dumb terminals
// (see package plain). It needs no terminal: in may be a pipe.
func runPlain(f *tutorFlags, lang tui.Lang, clock func() time.Time, in io.Reader, stdout, stderr io.Writer) error {
	catalog, problems, err := loadCatalog(!f.noBuiltin, f.content, lessons.Lang(lang))
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, lessons.CleanText(p))
	}
	store, err := openPlainProgress(f.db, f.demo, lang)
	if err != nil {
		return err
	}
	learner, learners, err := pickProfile(store, f.profile, lang)
	if err != nil {
		store.Close()
		return err
	}
	runErr := plain.Run(plain.Config{In: in, Out: stdout, Catalog: catalog, Store: store,
		Profile: learner, Profiles: learners, Lang: string(lang), Now: clock, Params: progress.DefaultParams()})
	if bolt, ok := store.(*progress.BoltStore); ok {
		sessionBackup(bolt, lang, stderr)
	}
	if closeErr := store.Close(); runErr == nil {
		runErr = closeErr
	}
	return runErr
}

// openPlainProgress opens the progress file as openProgress does, except
// that a damaged or empty file is not offered the full-screen recovery:
// plain mode says what happened and which command restores a backup.
func openPlainProgress(dbFlag string, demo bool, lang tui.Lang) (progress.Store, error) {
	if demo {
		return progress.NewMemStore(), nil
	}
	path, err := dbPath(dbFlag)
	if err != nil {
		return nil, err
	}
	bolt, err := progress.Open(path, progress.Options{})
	if err != nil {
		var ex exitError
		if errors.As(err, &ex) {
			return nil, err
		}
		return nil, exitError{code: 3, msg: storeMessage(err, path, lang)}
	}
	return bolt, nil
}
