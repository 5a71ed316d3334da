package report

import (
	"errors"
	"fmt"
	"strings"

	"ajar/lessons"
	"ajar/progress"
)

// Select picks the learners a report covers: every one with all,
// the one name names (progress.FindProfile; ref is what the store resolves
// name to: an id, an old id or "default" for the first learner), or else the
// only learner. Several learners and no choice is an error listing their
// names, as is a name that matches nobody, and a name several learners
// share is one pointing to --all; each is the trainer's to fix
// on the command line, so its message in lang says how. No learners and no
// choice is no learners.
func Select(list []progress.Profile, name, ref string, all bool, lang lessons.Lang) ([]progress.Profile, error) {
	names := make([]string, len(list))
	for i, p := range list {
		names[i] = lessons.CleanName(p.Name)
	}
	switch {
	case all:
		return list, nil
	case name != "":
		p, err := progress.FindProfile(list, name, ref)
		switch {
		case err == nil:
			return []progress.Profile{p}, nil
		case errors.Is(err, progress.ErrSameName):
			return nil, selectError(lang, fmt.Sprintf("ajar report: beberapa pelajar di berkas ini bernama %q; laporkan semuanya dengan --all", name),
				fmt.Sprintf("ajar report: several learners in this file are named %q; report them all with --all", name))
		}
		if len(list) == 0 {
			return nil, selectError(lang, fmt.Sprintf("ajar report: pelajar %q tidak ada; berkas ini belum berisi pelajar", name),
				fmt.Sprintf("ajar report: no learner %q; this file has no learners yet", name))
		}
		return nil, selectError(lang,
			fmt.Sprintf("ajar report: pelajar %q tidak ada di berkas ini; yang ada: %s", name, strings.Join(names, ", ")),
			fmt.Sprintf("ajar report: no learner %q in this file; there are: %s", name, strings.Join(names, ", ")))
	case len(list) > 1:
		return nil, selectError(lang,
			fmt.Sprintf("ajar report: berkas ini berisi %d pelajar (%s); pilih satu dengan --profile NAMA atau semua dengan --all",
				len(list), strings.Join(names, ", ")),
			fmt.Sprintf("ajar report: this file holds %d learners (%s); choose one with --profile NAME or all with --all",
				len(list), strings.Join(names, ", ")))
	}
	return list, nil
}

// selectError is Select's error in lang.
func selectError(lang lessons.Lang, id, en string) error { return errors.New(say(lang, id, en)) }
