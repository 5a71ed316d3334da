package report

import (
	"slices"
	"strings"
	"testing"

	"ajar/progress/report/reporttest"
)

// TestMergeJoinsOnlyTheSameLearner states the identity rules one case at
// a time, with reports of this ajar (unique ids, a file) and of an older
// one (ids made from names, "default", no file).
func TestMergeJoinsOnlyTheSameLearner(t *testing.T) {
	idA, idB := reporttest.LearnerID("A", "f"), reporttest.LearnerID("B", "f")
	fileA, fileB := reporttest.LearnerID("file", "a"), reporttest.LearnerID("file", "b")
	learner := func(id, alias, file, name string) Learner {
		l := Learner{ProfileID: id, ProfileAlias: alias, Name: name}
		if file != "" {
			l.File = &File{ID: file, OriginHost: "PC"}
		}
		return l
	}
	report := func(name, host, db string, l Learner) Input {
		return Input{File: name, Doc: Doc{Source: Source{Hostname: host, DB: db}, Learners: []Learner{l}}}
	}
	for _, tc := range []struct {
		name   string
		inputs []Input
		want   string // the report files of each merged learner
	}{
		{"one learner id from two PCs is one learner (ajar on a USB stick)", []Input{
			report("1", "PC1", "ajar.db", learner(idA, "", fileA, "Ani")),
			report("2", "PC2", "ajar.db", learner(idA, "", fileA, "Ani"))}, "1,2"},
		{"two learner ids on one laptop, one file name, are two", []Input{
			report("1", "LAPTOP", "ajar.db", learner(idA, "default", fileA, "Ani")),
			report("2", "LAPTOP", "ajar.db", learner(idB, "default", fileB, "Ani"))}, "1|2"},
		{"old reports: default on two PCs is two", []Input{
			report("1", "PC1", "ajar.db", learner("default", "", "", "default")),
			report("2", "PC2", "ajar.db", learner("default", "", "", "default"))}, "1|2"},
		{"old reports: default in two files of one PC is two", []Input{
			report("1", "LAPTOP", "pc1.db", learner("default", "", "", "default")),
			report("2", "LAPTOP", "pc2.db", learner("default", "", "", "default"))}, "1|2"},
		{"old reports: one PC and file exported twice is one", []Input{
			report("1", "PC1", "ajar.db", learner("ani", "", "", "Ani")),
			report("2", "PC1", "ajar.db", learner("ani", "", "", "Ani"))}, "1,2"},
		{"old reports: the same NIP on two PCs is two", []Input{
			report("1", "PC1", "ajar.db", Learner{ProfileID: "sitti", Name: "Sitti", EmployeeNumber: "1980"}),
			report("2", "PC2", "ajar.db", Learner{ProfileID: "sitti-n", Name: "Sitti N.", EmployeeNumber: "1980"})}, "1|2"},
		{"an old report joins the learner who had its id on that PC", []Input{
			report("old", "PC1", "ajar.db", learner("default", "", "", "default")),
			report("new", "PC1", "ajar.db", learner(idA, "default", fileA, "Ani")),
			report("other", "PC2", "ajar.db", learner(idB, "default", fileB, "Ani"))}, "old,new|other"},
		{"an old report that two learners could be stays apart", []Input{
			report("old", "LAPTOP", "ajar.db", learner("default", "", "", "default")),
			report("a", "LAPTOP", "ajar.db", learner(idA, "default", fileA, "Ani")),
			report("b", "LAPTOP", "ajar.db", learner(idB, "default", fileB, "Ani"))}, "old|a|b"},
	} {
		var got []string
		for _, m := range mergeReports(tc.inputs, "id") {
			got = append(got, strings.Join(m.files, ","))
		}
		order := map[string]int{}
		for i, in := range tc.inputs {
			order[in.File] = i
		}
		slices.SortFunc(got, func(a, b string) int {
			return order[strings.Split(a, ",")[0]] - order[strings.Split(b, ",")[0]]
		})
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%s: learners %s, want %s", tc.name, g, tc.want)
		}
	}
}
