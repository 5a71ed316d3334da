package report

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"ajar/lessons"
	"ajar/progress"
)

// Who is who when reports from many PCs are merged. A learner's unique id
// (profile_id of a report with a file, see progress.NewProfileID) is the
// same in every report of that learner and different for everyone else,
// so it alone joins exports: names and NIPs are typed by people, can be
// shared by two people and differ for one, and are only warned about.
//
// Reports of an ajar from before unique ids carry ids made from names,
// or "default" for every PC's first learner; such an export is joined
// with another of the same profile id only when both were made on the
// same computer from a file of the same name, which is how that ajar
// told PCs apart. An old export joins a learner with a unique id when
// that learner's report came from the same computer and file name and
// says it had the old id (profile_alias), and only one learner does.

// exported is one learner as found in one report.
type exported struct {
	learner Learner
	file    string    // the report file
	host    string    // hostname of the PC that ran the report
	db      string    // base name of the progress file the report read
	at      time.Time // when the report was made
	order   int       // position over all reports, for stable ties
}

// uniqueID is the export's unique learner id, "" for an export of an ajar
// from before unique ids.
func (e exported) uniqueID() string {
	if e.learner.File != nil && progress.IsUniqueID(e.learner.ProfileID) {
		return e.learner.ProfileID
	}
	return ""
}

// fileKey tells the progress files of exports apart: the file's id, or
// for a report of an older ajar, the PC that ran it and the file's name.
func (e exported) fileKey() string {
	if f := e.learner.File; f != nil {
		return f.ID
	}
	return oldKey(e.host, e.db, "")
}

// oldKey is where an export was made and the learner's id there: the
// identity reports had before unique ids.
func oldKey(host, db, id string) string { return host + "\x00" + db + "\x00" + id }

// source says which progress file and which PC an export came from: the
// PC that ran the report, the progress file's name, the first 8 digits of
// its id, and the PC the file was created on when that is another one
// (files collected on a USB stick and reported on one laptop).
func (e exported) source(lang lessons.Lang) string {
	host := e.host
	if host == "" {
		host = "?"
	}
	s := host + "/" + e.db
	if f := e.learner.File; f != nil {
		s += " #" + f.ID[:min(8, len(f.ID))]
		if f.OriginHost != "" && f.OriginHost != e.host {
			s += say(lang, " (berkas dari ", " (file from ") + f.OriginHost + ")"
		}
	}
	return lessons.CleanName(s)
}

// identityGroups groups the exports of one learner (see the rules above),
// each group in report order, the groups in the order of their first
// export.
func identityGroups(all []exported) [][]exported {
	group := make([]int, len(all)) // export to group
	var groups [][]int
	byID := map[string]int{}  // unique id to group
	byOld := map[string]int{} // old key of an old export to group
	for i, e := range all {
		id := e.uniqueID()
		key, table := oldKey(e.host, e.db, e.learner.ProfileID), byOld
		if id != "" {
			key, table = id, byID
		}
		g, ok := table[key]
		if !ok {
			g = len(groups)
			groups = append(groups, nil)
			table[key] = g
		}
		group[i] = g
		groups[g] = append(groups[g], i)
	}
	// An old learner joins the one learner with a unique id whose report
	// came from the same PC and file name and had their id as alias.
	heirs := map[string]map[int]bool{} // old key to groups with that alias
	for i, e := range all {
		if e.uniqueID() != "" && e.learner.ProfileAlias != "" {
			k := oldKey(e.host, e.db, e.learner.ProfileAlias)
			if heirs[k] == nil {
				heirs[k] = map[int]bool{}
			}
			heirs[k][group[i]] = true
		}
	}
	into := make([]int, len(groups)) // group to the group it joins
	for g := range into {
		into[g] = g
	}
	for k, g := range byOld {
		if h := heirs[k]; len(h) == 1 {
			for heir := range h {
				into[g] = heir
			}
		}
	}
	var out [][]exported
	index := map[int]int{}
	for i, e := range all {
		g := into[group[i]]
		n, ok := index[g]
		if !ok {
			n = len(out)
			index[g] = n
			out = append(out, nil)
		}
		out[n] = append(out[n], e)
	}
	return out
}

// mergedLearner is one learner of the merge with where they came from.
type mergedLearner struct {
	Learner
	files   []string // report files, in order
	sources []string // progress files and PCs, in order (see exported.source)
}

// where is the learner's report files and sources, for a warning.
func (m mergedLearner) where() string {
	return strings.Join(m.files, ", ") + " (" + strings.Join(m.sources, ", ") + ")"
}

// sharedWarnings says, on stderr, which different learners share a name or
// a NIP: the merge keeps them apart, and the trainer should know, since
// the same NIP usually means one person on two PCs, and the same name may.
func sharedWarnings(merged []mergedLearner, lang lessons.Lang) []string {
	var out []string
	said := map[string]bool{} // the learners a warning named together
	// warn groups the learners by key and words a warning for each key
	// that more than one has, unless those learners were named together
	// already (the same name and NIP); who tells one of them apart.
	warn := func(key, who func(mergedLearner) string, id, en string) {
		byKey := map[string][]int{}
		var keys []string
		for i, m := range merged {
			k := key(m)
			if k == "" {
				continue
			}
			if byKey[k] == nil {
				keys = append(keys, k)
			}
			byKey[k] = append(byKey[k], i)
		}
		for _, k := range keys {
			list := byKey[k]
			if set := fmt.Sprint(list); len(list) < 2 || said[set] {
				continue
			} else {
				said[set] = true
			}
			var from []string
			for _, i := range list {
				from = append(from, who(merged[i])+say(lang, "dari ", "from ")+merged[i].where())
			}
			out = append(out, fmt.Sprintf(say(lang, id, en), len(list), k, strings.Join(from, "; ")))
		}
	}
	nip := func(m mergedLearner) string {
		if n := strings.Join(strings.Fields(m.EmployeeNumber), ""); n != "" {
			return nipCell(n)
		}
		return ""
	}
	warn(func(m mergedLearner) string { return fmt.Sprintf("%q", strings.Join(strings.Fields(m.Name), " ")) },
		func(m mergedLearner) string {
			if n := nip(m); n != "" {
				return "NIP " + n + " "
			}
			return ""
		},
		"ajar report merge: peringatan: %d pelajar berbeda bernama %s: %s. Mereka dihitung terpisah karena id pelajarnya berbeda; bila memang satu orang, pakai satu berkas kemajuan untuknya.",
		"ajar report merge: warning: %d different learners are named %s: %s. They are counted apart since their learner ids differ; if they are one person, let them keep one progress file.")
	warn(nip, func(m mergedLearner) string { return fmt.Sprintf("%q ", m.Name) },
		"ajar report merge: peringatan: %d pelajar berbeda dengan NIP %s: %s. Mereka dihitung terpisah karena id pelajarnya berbeda; NIP yang sama biasanya berarti satu orang yang belajar di dua PC.",
		"ajar report merge: warning: %d different learners have the employee number %s: %s. They are counted apart since their learner ids differ; one number usually means one person who studied on two PCs.")
	return out
}

// sortMerged orders the merged learners by name, NIP and where they came
// from, so two learners of one name stand side by side.
func sortMerged(merged []mergedLearner) {
	sort.SliceStable(merged, func(i, j int) bool {
		a, b := merged[i], merged[j]
		if na, nb := strings.ToLower(a.Name), strings.ToLower(b.Name); na != nb {
			return na < nb
		}
		if a.EmployeeNumber != b.EmployeeNumber {
			return a.EmployeeNumber < b.EmployeeNumber
		}
		if sa, sb := strings.Join(a.sources, ", "), strings.Join(b.sources, ", "); sa != sb {
			return sa < sb
		}
		return a.ProfileID < b.ProfileID
	})
}
