//go:build unix

// Command killtest checks that ajar never loses an answer it has shown as
// saved. It drives the real binary in a pseudo-terminal through the
// embedded course's lesson quizzes, kills it with SIGKILL at a random
// moment, and then checks the progress file: it must pass the structure
// check, and every answer whose "✓ tersimpan" mark reached the screen must
// be in the answer log, in the order it was given. Then it starts ajar
// again on the same file, which resumes where the learner was, and goes on.
//
// Three modes, each for -kills kills:
//
//	paced  keys one at a time, about as fast as a quick learner
//	burst  runs of 2 to 12 keys in one write, a few milliseconds apart, as
//	       a held key, a slow PC or SSH deliver them
//	slow   paced, with every commit delayed by -delay (an old disk with an
//	       antivirus), so saving lags the screen
//	burstslow  bursts on that slow disk
//
// The binary is built with -tags ajar_slowdisk (see progress/slowdisk.go);
// the delay applies only when AJAR_TEST_COMMIT_DELAY is set.
//
// Usage, from the repository root (it is not part of go test ./...):
//
//	go run ./scripts/killtest [-kills 70] [-modes paced,burst,slow] [-delay 30ms] [-seed 1]
package main

import (
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"ajar/content"
	"ajar/lessons"
	"ajar/progress"
	"ajar/scripts/ptykit"
)

func main() {
	kills := flag.Int("kills", 70, "kills per mode")
	modes := flag.String("modes", "paced,burst,slow,burstslow", "modes to run")
	delay := flag.Duration("delay", 30*time.Millisecond, "commit delay of the slow mode")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if err := run(*kills, strings.Split(*modes, ","), *delay, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "killtest:", err)
		os.Exit(1)
	}
}

// course is the embedded course as the harness drives it.
type course struct {
	lessons []*lessons.Lesson
	index   map[string]int // lesson id → position
}

// result counts what one mode saw.
type result struct {
	mode                   string
	kills, marked, answers int
	lost, outOfOrder       int
	checkFailures          int
	restarts               int
}

func run(kills int, modes []string, delay time.Duration, seed uint64) error {
	cat, probs := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	if len(probs) > 0 {
		return fmt.Errorf("course: %v", probs[0])
	}
	c := course{lessons: cat.Lessons(), index: map[string]int{}}
	for i, l := range c.lessons {
		c.index[l.ID] = i
	}
	dir, err := os.MkdirTemp("", "killtest")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "ajar")
	build := exec.Command("go", "build", "-tags", "ajar_slowdisk", "-o", bin, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	rng := rand.New(rand.NewPCG(seed, 11))
	var results []result
	failed := false
	for _, mode := range modes {
		r, err := runMode(c, bin, filepath.Join(dir, mode), mode, kills, delay, rng)
		if err != nil {
			return fmt.Errorf("%s: %w", mode, err)
		}
		results = append(results, r)
		failed = failed || r.lost > 0 || r.outOfOrder > 0 || r.checkFailures > 0
	}
	fmt.Println("| mode | kills | answers marked saved | answers committed | lost | out of order | file check failed |")
	fmt.Println("|---|---|---|---|---|---|---|")
	for _, r := range results {
		fmt.Printf("| %s | %d | %d | %d | %d | %d | %d |\n", r.mode, r.kills, r.marked, r.answers, r.lost, r.outOfOrder, r.checkFailures)
	}
	if failed {
		return errors.New("answers shown as saved were lost, out of order, or the file failed its check")
	}
	return nil
}

// markRE matches a saved mark: the question number of the lesson on screen.
var markRE = regexp.MustCompile(`Soal (\d+) dari (\d+) · ✓ tersimpan`)

// runMode runs one mode: start, drive, kill, check, again.
func runMode(c course, bin, dir, mode string, kills int, delay time.Duration, rng *rand.Rand) (result, error) {
	r := result{mode: mode}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return r, err
	}
	db := filepath.Join(dir, "ajar.db")
	env := ptykit.MergeEnv(os.Environ(), "TERM=xterm-256color", "AJAR_DB="+db, "CI", "NO_COLOR", "COLORTERM", "AJAR_DEBUG")
	if mode == "slow" || mode == "burstslow" {
		env = append(env, "AJAR_TEST_COMMIT_DELAY="+delay.String())
	}
	for r.kills < kills {
		where, done, err := position(db, c)
		if err != nil {
			return r, err
		}
		if done { // the course is finished: start a new learner's file
			os.Remove(db)
			where = place{}
		}
		// Answers of this run are appended after those already logged.
		before, err := answerLog(db)
		if err != nil {
			return r, err
		}
		p, err := ptykit.Start(bin, nil, ptykit.Options{Cols: 80, Rows: 24, Env: env})
		if err != nil {
			return r, err
		}
		r.restarts++
		drive(p, c, where, mode, rng)
		_ = p.Signal(syscall.SIGKILL)
		_, _ = p.Wait()
		marks := marked(p.Text(), c)
		_ = p.Close()
		r.kills++
		r.marked += len(marks)
		if err := progress.CheckFile(db); err != nil && !errors.Is(err, os.ErrNotExist) {
			r.checkFailures++
			fmt.Fprintf(os.Stderr, "%s kill %d: file check: %v\n", mode, r.kills, err)
			continue
		}
		logged, err := answerLog(db)
		if err != nil {
			return r, err
		}
		if len(logged) < len(before) {
			return r, fmt.Errorf("kill %d: the answer log shrank from %d to %d", r.kills, len(before), len(logged))
		}
		lost, disorder := compare(marks, logged[len(before):])
		r.lost += lost
		r.outOfOrder += disorder
		if lost > 0 || disorder > 0 {
			fmt.Fprintf(os.Stderr, "%s kill %d: %d confirmed answers lost, %d out of order\n", mode, r.kills, lost, disorder)
		}
		r.answers += len(logged) - len(before)
	}
	return r, nil
}

// place is where the learner resumes.
type place struct {
	lesson   int
	quiz     bool
	question int
}

// position reads where ajar will resume; done when the course is over.
func position(db string, c course) (place, bool, error) {
	if _, err := os.Stat(db); errors.Is(err, os.ErrNotExist) {
		return place{}, false, nil
	}
	st, err := progress.Open(db, progress.Options{ReadOnly: true, Timeout: 3 * time.Second})
	if err != nil {
		return place{}, false, err
	}
	defer st.Close()
	snap, err := st.Snapshot(progress.DefaultProfile)
	if err != nil {
		return place{}, false, err
	}
	pos := snap.Position
	i, ok := c.index[pos.LessonID]
	if !ok {
		return place{}, false, nil
	}
	p := place{lesson: i, quiz: pos.Screen == progress.ScreenQuiz, question: pos.Question}
	last := len(c.lessons) - 1
	done := i == last && p.quiz && p.question >= len(c.lessons[i].Questions)
	return p, done, nil
}

// answerLog reads the learner's answer log as question ids.
func answerLog(db string) ([]string, error) {
	if _, err := os.Stat(db); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	st, err := progress.Open(db, progress.Options{ReadOnly: true, Timeout: 3 * time.Second})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	log, err := st.AnswerLog(progress.DefaultProfile)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(log))
	for i, a := range log {
		ids[i] = a.QuestionID
	}
	return ids, nil
}

// compare finds the answers of one run marked saved that are missing from
// what the run logged, and those logged in another order: confirmed must
// be a subsequence of logged (which also holds answers committed but not
// yet marked when the kill came).
func compare(confirmed, logged []string) (lost, disorder int) {
	j := 0
	for _, id := range confirmed {
		k := slices.Index(logged[j:], id)
		if k < 0 {
			if slices.Contains(logged, id) {
				disorder++
			} else {
				lost++
			}
			continue
		}
		j += k + 1
	}
	return lost, disorder
}

// pause in a key sequence ends a run of keys sent together: text typed
// into a field and the Enter that submits it never come in one read from
// a person, and a read of several lines while a field has focus is a
// paste, which fills the field and never submits.
const pause = '|'

// keysFor are the keys that answer a question, whatever its type, and move
// on: a digit picks (or, for "pick all", marks and Enter submits), a
// fill-in gets a word; Enter then goes to the next question.
func keysFor(q lessons.Question) string {
	switch q.Type {
	case lessons.Fill:
		return "x" + string(pause) + "\r" + string(pause) + "\r"
	case lessons.Multi:
		return "1\r\r"
	}
	return "1\r"
}

// drive starts from the home screen, resumes, and answers questions
// lesson by lesson until the moment chosen for the kill.
func drive(p *ptykit.Proc, c course, at place, mode string, rng *rand.Rand) {
	killAt := time.Now().Add(time.Duration(300+rng.IntN(2700)) * time.Millisecond)
	send := func(keys string) bool {
		if time.Now().After(killAt) {
			return false
		}
		if strings.HasPrefix(mode, "burst") {
			// Runs of 2 to 12 keys in one write, as a held key, a slow PC
			// or SSH deliver them, 5 to 155 ms apart (so that a run often ends on
			// a feedback screen, whose mark can then be drawn).
			for len(keys) > 0 {
				if time.Now().After(killAt) {
					return false
				}
				n := min(2+rng.IntN(11), len(keys))
				if i := strings.IndexByte(keys[:n], pause); i >= 0 {
					n = i + 1 // a typed answer ends its run (see keysFor)
				}
				_ = p.Send([]byte(strings.TrimSuffix(keys[:n], string(pause))))
				keys = keys[n:]
				time.Sleep(time.Duration(5+rng.IntN(150)) * time.Millisecond)
			}
			return true
		}
		for _, k := range strings.ReplaceAll(keys, string(pause), "") {
			if time.Now().After(killAt) {
				return false
			}
			_ = p.Send([]byte(string(k)))
			time.Sleep(time.Duration(40+rng.IntN(80)) * time.Millisecond)
		}
		return true
	}
	if _, err := p.WaitFor("pelajaran selesai", 5*time.Second); err == nil {
		// Enter resumes: the "Lanjutkan" row, or the first lesson. When
		// cards are due, the review's row comes first and the cursor is on
		// it: one row down is the place to resume.
		keys := "\r"
		time.Sleep(50 * time.Millisecond)
		if strings.Contains(p.Text(), "Ulasan hari ini:") {
			keys = "j\r"
		}
		if !at.quiz {
			keys += "G\r" // read to the end, start the quiz
			at.question = 0
		}
		for l := at.lesson; l < len(c.lessons) && send(keys); l++ {
			var b strings.Builder
			for _, q := range c.lessons[l].Questions[min(at.question, len(c.lessons[l].Questions)):] {
				b.WriteString(keysFor(q))
			}
			if !send(b.String()) {
				break
			}
			at.question = 0
			if strings.HasPrefix(mode, "burst") {
				// Let the quiz's last screen appear before the next lesson.
				_, _ = p.WaitFor("Hasil kuis", time.Until(killAt))
			}
			keys = "nG\r" // next lesson, to its end, its quiz
		}
	}
	time.Sleep(time.Until(killAt))
}

// marked reads the saved marks in a run's output as question ids, in the
// order they appeared. A mark names a question by its number within the
// lesson on screen; the lesson is the one whose title was drawn last
// before it (the quiz draws its title when it starts, and the title line
// comes before the mark line on the screen).
func marked(text string, c course) []string {
	type hit struct {
		at     int
		lesson int // -1 for a mark
		n      int
	}
	var hits []hit
	for i, l := range c.lessons {
		title := []rune(l.Title)
		if len(title) > 40 {
			title = title[:40] // the title line is cut to the width
		}
		for off := 0; ; {
			k := strings.Index(text[off:], string(title))
			if k < 0 {
				break
			}
			hits = append(hits, hit{at: off + k, lesson: i})
			off += k + 1
		}
	}
	for _, m := range markRE.FindAllStringSubmatchIndex(text, -1) {
		n, _ := strconv.Atoi(text[m[2]:m[3]])
		hits = append(hits, hit{at: m[0], lesson: -1, n: n})
	}
	slices.SortFunc(hits, func(a, b hit) int { return a.at - b.at })
	var ids []string
	lesson := -1
	seen := map[string]bool{}
	for _, h := range hits {
		switch {
		case h.lesson >= 0:
			lesson = h.lesson
		case lesson >= 0 && h.n >= 1 && h.n <= len(c.lessons[lesson].Questions):
			id := c.lessons[lesson].Questions[h.n-1].ID
			if !seen[id] { // a mark is drawn again when the screen is
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	return ids
}
