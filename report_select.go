package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui"
)

// loadLearners reads the selected learners' progress from the file at path,
// opened read-only. A missing file has no learners; it is not created.
func loadLearners(path, name string, all bool, lang tui.Lang, stderr io.Writer) ([]learnerData, error) {
	_, statErr := os.Stat(path)
	if errors.Is(statErr, fs.ErrNotExist) {
		if _, err := selectProfiles(nil, name, "", all, lang); err != nil {
			return nil, err
		}
		noLearnersNote(stderr, path, lang)
		return nil, nil
	}
	if statErr != nil {
		return nil, exitError{code: 3, msg: storeMessage(statErr, path, lang)}
	}
	store, err := openStore(path, true, lang)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	list, err := store.Profiles()
	if err != nil {
		return nil, exitError{code: 3, msg: storeMessage(err, path, lang)}
	}
	ref := ""
	if name != "" {
		// An old id or "default" names a learner too; what is no valid id
		// resolves to nothing and may still be a name.
		ref, _ = store.ResolveProfile(strings.TrimSpace(name))
	}
	chosen, err := selectProfiles(list, name, ref, all, lang)
	if err != nil {
		return nil, err
	}
	if len(chosen) == 0 {
		noLearnersNote(stderr, path, lang)
	}
	file, err := store.File()
	if err != nil {
		return nil, exitError{code: 3, msg: storeMessage(err, path, lang)}
	}
	var out []learnerData
	for _, p := range chosen {
		snap, err := store.Snapshot(p.ID)
		if err != nil {
			return nil, exitError{code: 3, msg: storeMessage(err, path, lang)}
		}
		out = append(out, learnerData{profile: p, snap: snap, file: file})
	}
	return out, nil
}

// noLearnersNote tells the trainer why a report is empty; the report itself
// stays a valid, empty document.
func noLearnersNote(stderr io.Writer, path string, lang tui.Lang) {
	if lang == tui.English {
		fmt.Fprintf(stderr, "ajar report: no learner progress in %s yet\n", path)
		return
	}
	fmt.Fprintf(stderr, "ajar report: belum ada kemajuan belajar di %s\n", path)
}

// selectProfiles picks the learners a report covers: every one with all,
// the one name names (progress.FindProfile; ref is what the store resolves
// name to: an id, an old id or "default" for the first learner), or else the
// only learner. Several learners and no choice is a usage error listing
// their names, as is a name that matches nobody; a name several learners
// share is one pointing to --all. No learners and no choice is no learners.
func selectProfiles(list []progress.Profile, name, ref string, all bool, lang tui.Lang) ([]progress.Profile, error) {
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
			return nil, usageError(lang, fmt.Sprintf("ajar report: beberapa pelajar di berkas ini bernama %q; laporkan semuanya dengan --all", name),
				fmt.Sprintf("ajar report: several learners in this file are named %q; report them all with --all", name))
		}
		if len(list) == 0 {
			return nil, usageError(lang, fmt.Sprintf("ajar report: pelajar %q tidak ada; berkas ini belum berisi pelajar", name),
				fmt.Sprintf("ajar report: no learner %q; this file has no learners yet", name))
		}
		return nil, usageError(lang,
			fmt.Sprintf("ajar report: pelajar %q tidak ada di berkas ini; yang ada: %s", name, strings.Join(names, ", ")),
			fmt.Sprintf("ajar report: no learner %q in this file; there are: %s", name, strings.Join(names, ", ")))
	case len(list) > 1:
		return nil, usageError(lang,
			fmt.Sprintf("ajar report: berkas ini berisi %d pelajar (%s); pilih satu dengan --profile NAMA atau semua dengan --all",
				len(list), strings.Join(names, ", ")),
			fmt.Sprintf("ajar report: this file holds %d learners (%s); choose one with --profile NAME or all with --all",
				len(list), strings.Join(names, ", ")))
	}
	return list, nil
}
