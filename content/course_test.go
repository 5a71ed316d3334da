package content_test

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"ajar/content"
	"ajar/lessons"
)

// seedDir regenerates the seed article's hashes: go test ./content -seed ../../shared/seed
var seedDir = flag.String("seed", "", "folder with the seed article(s); rewrites testdata/seed-10grams.txt")

// updateIDs rewrites testdata/ids.txt from the current course.
var updateIDs = flag.Bool("update-ids", false, "rewrite testdata/ids.txt with every id of the course")

const (
	seedHashes = "testdata/seed-10grams.txt"
	idsFile    = "testdata/ids.txt"
	retiredIDs = "testdata/retired-ids.txt"
	runLength  = 10
)

func loadCourse(t *testing.T) *lessons.Catalog {
	t.Helper()
	c, problems := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	if len(problems) > 0 {
		t.Fatalf("course has problems, first: %s", problems[0].Format(lessons.English))
	}
	return c
}

// words splits text into lower-case words of letters and digits; every
// other character (punctuation, Markdown marks) separates words.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// runHashes returns the FNV-64a hashes of every run of n consecutive words.
func runHashes(ws []string, n int) map[uint64]int {
	out := map[uint64]int{}
	for i := 0; i+n <= len(ws); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(ws[i:i+n], " ")))
		out[h.Sum64()] = i
	}
	return out
}

// lessonText is everything a learner reads in a lesson: title, objective,
// reflection prompt, body, plan, and every quiz and flashcard text.
func lessonText(l *lessons.Lesson) string {
	parts := []string{l.Title, l.Objective, l.Reflection, l.Body}
	if l.Plan != nil {
		parts = append(parts, l.Plan.Prompt)
		parts = append(parts, l.Plan.Ties...)
	}
	for _, q := range l.Questions {
		parts = append(parts, q.Prompt, q.Explanation, q.FeedbackTrue, q.FeedbackFalse)
		parts = append(parts, q.Accept...)
		parts = append(parts, q.Items...)
		for _, o := range q.Options {
			parts = append(parts, o.Text, o.Feedback)
		}
	}
	for _, f := range l.Flashcards {
		parts = append(parts, f.Front, f.Back)
	}
	return strings.Join(parts, "\n")
}

// TestNoRunFromSeedArticle checks that no lesson shares a run of 10 or more
// consecutive words with the article the course grows from. The article is
// not ours to ship, so only hashes of its runs are kept in testdata.
func TestNoRunFromSeedArticle(t *testing.T) {
	if *seedDir != "" {
		writeSeedHashes(t, *seedDir)
	}
	f, err := os.Open(seedHashes)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seed := map[uint64]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var h uint64
		if _, err := fmt.Sscanf(sc.Text(), "%x", &h); err == nil {
			seed[h] = true
		}
	}
	if len(seed) < 100 {
		t.Fatalf("only %d seed hashes in %s; regenerate with -seed", len(seed), seedHashes)
	}
	for _, l := range loadCourse(t).Lessons() {
		ws := words(lessonText(l))
		for h, at := range runHashes(ws, runLength) {
			if seed[h] {
				t.Errorf("%s shares a %d-word run with the seed article: %q", l.Path, runLength, strings.Join(ws[at:at+runLength], " "))
			}
		}
	}
}

func writeSeedHashes(t *testing.T, dir string) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles in %s", dir)
	}
	all := map[uint64]int{}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for h, at := range runHashes(words(string(b)), runLength) {
			all[h] = at
		}
	}
	var lines []string
	for h := range all {
		lines = append(lines, fmt.Sprintf("%016x", h))
	}
	sort.Strings(lines)
	header := "# FNV-64a hashes of every 10-word run of the seed article (lower case, split on non-letters).\n"
	if err := os.WriteFile(seedHashes, []byte(header+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestWordsNormalise pins the normalisation the hashes depend on.
func TestWordsNormalise(t *testing.T) {
	got := strings.Join(words("Di tengah era *disrupsi*, ASN—dan   birokrasi: 2025!"), " ")
	if want := "di tengah era disrupsi asn dan birokrasi 2025"; got != want {
		t.Fatalf("words() = %q, want %q", got, want)
	}
	a := runHashes(words("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh"), runLength)
	b := runHashes(words("Satu, dua; TIGA empat lima enam tujuh delapan sembilan sepuluh."), runLength)
	if len(a) != 1 || fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatalf("case and punctuation must not change a run's hash: %v vs %v", a, b)
	}
}

// TestEveryQuestionExplained checks the course's own bar: at least four
// questions per lesson, each with an explanation.
func TestEveryQuestionExplained(t *testing.T) {
	for _, l := range loadCourse(t).Lessons() {
		if len(l.Questions) < 4 {
			t.Errorf("%s: %d questions, want at least 4", l.Path, len(l.Questions))
		}
		for _, q := range l.Questions {
			if strings.TrimSpace(q.Explanation) == "" {
				t.Errorf("%s: question %s has no explanation", l.Path, q.ID)
			}
		}
	}
}

// TestLessonTime checks that each lesson reads in 3-5 minutes by its word
// count, that its `minutes` counts reading and answering (within a minute
// of lessons.LessonTime, as lint checks), and that a lesson with its quiz
// stays short: ten minutes at most.
func TestLessonTime(t *testing.T) {
	for _, l := range loadCourse(t).Lessons() {
		read := lessons.ReadingMinutes(l.Body)
		if read < 3 || read > 5 {
			t.Errorf("%s: %d words read in about %d minutes, want 3-5", l.Path, len(words(l.Body)), read)
		}
		total, reading, answering := lessons.LessonTime(l)
		if d := l.Minutes - total; d < -1 || d > 1 {
			t.Errorf("%s: minutes = %d but reading and answering take about %d (%d + %d)", l.Path, l.Minutes, total, reading, answering)
		}
		if l.Minutes > 10 {
			t.Errorf("%s: minutes = %d, want at most 10 with the quiz", l.Path, l.Minutes)
		}
	}
}

// TestIDsStable checks that no id learners may have progress on has
// disappeared; new ids are added to testdata/ids.txt with -update-ids. An
// item that is removed on purpose leaves ids.txt for retired-ids.txt, and
// its id is never used again.
func TestIDsStable(t *testing.T) {
	c := loadCourse(t)
	have := map[string]bool{}
	var all []string
	add := func(id string) {
		if have[id] {
			t.Errorf("id %s used twice", id)
		}
		have[id] = true
		all = append(all, id)
	}
	for _, m := range c.Modules {
		add(m.ID)
		for _, l := range m.Lessons {
			add(l.ID)
			for _, q := range l.Questions {
				add(q.ID)
			}
			for _, f := range l.Flashcards {
				add(f.ID)
			}
		}
	}
	if *updateIDs {
		if err := os.WriteFile(idsFile, []byte(strings.Join(all, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(idsFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range strings.Fields(string(b)) {
		if !have[id] {
			t.Errorf("id %s vanished from the course: learners' progress keys on it", id)
		}
	}
	if n := len(strings.Fields(string(b))); n < len(all) {
		t.Logf("%d new ids not yet in %s (run with -update-ids)", len(all)-n, idsFile)
	}
	for _, id := range readIDs(t, retiredIDs) {
		if have[id] {
			t.Errorf("id %s was retired and is used again: learners' old progress on it would attach to new content", id)
		}
	}
}

// readIDs reads an id list: one id a line, "#" starts a comment.
func readIDs(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, line := range strings.Split(string(b), "\n") {
		line, _, _ = strings.Cut(line, "#")
		ids = append(ids, strings.Fields(line)...)
	}
	return ids
}
