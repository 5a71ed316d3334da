//go:build unix

package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"time"

	"ajar/lessons"
	"ajar/scripts/ptykit"
)

// screens are the words and keys of the learner's side the script relies
// on. The tutor's own screens (course map, reader, quiz) are those of
// ajar today; the join screen and the live question are the class
// server's, so they are flags (see main.go) in case their wording differs.
type screens struct {
	joinPrompt string   // drawn when the join screen asks for the name
	joinKeys   []string // keys that join; "{name}" is the learner's name
	mapMarker  string   // drawn on the course map
	liveMarker string   // drawn on a live question; "" = trust the push
	liveKeys   []string // keys that answer a live question
	liveSaved  string   // drawn once the live answer is saved; "" = keys suffice
}

// learner is one simulated learner: they join, open the first lesson,
// page through it, take its quiz, and answer each live question the
// trainer pushes.
type learner struct {
	name   string
	t      *term
	sc     screens
	lesson *lessons.Lesson
	room   *liveRoom // nil when no trainer pushes questions
	rng    *rand.Rand
	think  time.Duration // mean pause before a key
	pages  int           // page-downs while reading
	wait   time.Duration // longest wait for a screen
	keyMax time.Duration // longest wait for a key's frame

	handled   int          // live questions answered or given up on
	saved     map[int]bool // quiz question numbers whose save mark was drawn
	liveSaved int          // live answers the learner saw saved
	quizDone  bool
	err       error
	logf      func(format string, args ...any) // -v: say what goes wrong
}

// interrupt is ready when the trainer has pushed a live question this
// learner has not yet handled.
func (l *learner) interrupt() <-chan struct{} {
	if l.room == nil {
		return nil
	}
	return l.room.after(l.handled)
}

// keys types keys one at a time, each after a thinking pause; a live
// question pushed meanwhile stops the run with errInterrupted.
func (l *learner) keys(keys ...string) error {
	for _, k := range keys {
		select {
		case <-l.interrupt():
			return errInterrupted
		case <-time.After(l.pause()):
		}
		if err := l.t.key(ptykit.KeyBytes(k), l.keyMax); err != nil {
			return err
		}
	}
	return nil
}

// pause is a thinking time around the mean, so fifty learners do not
// type in step.
func (l *learner) pause() time.Duration {
	if l.think <= 0 {
		return 0
	}
	return l.think/2 + time.Duration(l.rng.Int64N(int64(l.think)))
}

// run is the whole visit. A live question can come at any point after
// joining; each step that waits hands it to live and then goes on.
func (l *learner) run(joined, quizzed func()) error {
	if l.sc.joinPrompt != "" {
		if err := l.t.waitFor(l.sc.joinPrompt, l.wait, nil); err != nil {
			return fmt.Errorf("join screen: %w", err)
		}
		var ks []string
		for _, k := range l.sc.joinKeys {
			ks = append(ks, strings.ReplaceAll(k, "{name}", l.name))
		}
		if err := l.keysNoLive(ks...); err != nil {
			return err
		}
	}
	if err := l.t.waitFor(l.sc.mapMarker, l.wait, l.interrupt()); err != nil && !errors.Is(err, errInterrupted) {
		return fmt.Errorf("course map: %w", err)
	}
	joined()
	// Enter opens the first lesson (the cursor starts on the first lesson
	// not done); its title shows the reader is up. The title is cut to the
	// width of the screen, so only its start is awaited.
	title := string([]rune(l.lesson.Title)[:min(30, len([]rune(l.lesson.Title)))])
	if err := l.withLive(func() error {
		if err := l.keys("enter"); err != nil {
			return err
		}
		return l.t.waitFor(title, l.wait, l.interrupt())
	}); err != nil {
		return fmt.Errorf("opening the lesson: %w", err)
	}
	// A key at the end of the lesson changes nothing and draws nothing;
	// timed, it would take the latency of whatever is drawn next (a live
	// question), so the learner stops paging once the reader says 100%.
	atEnd := func() bool { return strings.Contains(l.t.tail(400), "100%") }
	for i := 0; i < l.pages && !atEnd(); i++ {
		if err := l.withLive(func() error { return l.keys("pgdown") }); err != nil {
			return err
		}
	}
	if !atEnd() {
		if err := l.withLive(func() error { return l.keys("G") }); err != nil {
			return err
		}
	}
	err := l.quiz()
	l.quizDone = err == nil
	quizzed()
	if err != nil {
		return fmt.Errorf("quiz: %w", err)
	}
	// Stay in class until it ends, answering what the trainer pushes.
	for {
		select {
		case <-l.interrupt():
			l.live()
		case <-l.t.done:
			return nil
		}
	}
}

// keysNoLive types keys where no live question can come yet (joining).
func (l *learner) keysNoLive(keys ...string) error {
	for _, k := range keys {
		time.Sleep(l.pause())
		if err := l.t.key(ptykit.KeyBytes(k), l.keyMax); err != nil {
			return err
		}
	}
	return nil
}

// withLive runs step; when a live question interrupts it, answers that and
// runs step again (a key sent as the question arrived went to the live
// screen, and repeating a reading step is harmless).
func (l *learner) withLive(step func() error) error {
	for {
		err := step()
		if !errors.Is(err, errInterrupted) {
			return err
		}
		l.live()
	}
}

// The quiz's header: "Soal 3 dari 6", and "Soal 3 dari 6 · ✓ tersimpan"
// once the answer is committed. After the last question comes "Hasil
// kuis", or first the reflection screen of a lesson that asks for one
// (its help says "esc nanti saja"): either means the quiz is done, and a
// learner may stay on the reflection screen.
const doneText = `Hasil kuis|nanti saja`

func soalRE(k, m int) *regexp.Regexp {
	return regexp.MustCompile(fmt.Sprintf(`Soal %d dari %d\b`, k, m))
}

func savedRE(k, m int) *regexp.Regexp {
	return regexp.MustCompile(fmt.Sprintf(`Soal %d dari %d · ✓ tersimpan`, k, m))
}

func whereRE(m int) *regexp.Regexp {
	return regexp.MustCompile(fmt.Sprintf(`Soal (\d+) dari %d( · ✓ tersimpan)?|(%s)`, m, doneText))
}

// answerKeys answer a question whatever its type with the keys of ajar's
// quiz: a digit picks a single or true/false answer; Enter alone answers
// "pick all" (Enter on an unmarked list means the row under the cursor)
// and "put in order" (the order as shown); a fill-in gets a word and
// Enter; a matching question pairs its left items in turn (each digit
// pairs the item under the cursor and moves on) and Enter. Right or wrong
// does not matter here, being saved does, and none of these keys toggles
// something a repeat after a live question would undo.
func answerKeys(q lessons.Question) []string {
	switch q.Type {
	case lessons.Fill:
		return []string{"x", "enter"}
	case lessons.Multi, lessons.Order:
		return []string{"enter"}
	case lessons.Matching:
		var ks []string
		for i := range q.Pairs {
			ks = append(ks, strconv.Itoa(i%9+1))
		}
		return append(ks, "enter")
	}
	return []string{"1"}
}

// quiz starts the quiz from the end of the lesson and answers every
// question. k is the question on screen (0: still in the reader) and
// saved whether its answer's save mark was drawn; after a live question
// both are read again from the redrawn screen.
func (l *learner) quiz() error {
	qs := l.lesson.Questions
	m := len(qs)
	k, saved := 0, false
	retries := 0
	for k <= m {
		var err error
		switch {
		case k == 0:
			if err = l.keys("enter"); err == nil {
				if _, err = l.t.waitRE(soalRE(1, m), l.wait, l.interrupt()); err == nil {
					k = 1
				}
			}
		case !saved:
			if err = l.keys(answerKeys(qs[k-1])...); err == nil {
				if _, err = l.t.waitRE(savedRE(k, m), l.wait, l.interrupt()); err == nil {
					saved = true
					l.saved[k] = true
				}
			}
		case k == m:
			if err = l.keys("enter"); err == nil {
				if _, err = l.t.waitRE(regexp.MustCompile(doneText), l.wait, l.interrupt()); err == nil {
					k = m + 1
				}
			}
		default:
			if err = l.keys("enter"); err == nil {
				if _, err = l.t.waitRE(soalRE(k+1, m), l.wait, l.interrupt()); err == nil {
					k, saved = k+1, false
				}
			}
		}
		switch {
		case errors.Is(err, errInterrupted):
			from := l.live()
			was := k
			k, saved = l.where(from, k, saved)
			if l.logf != nil {
				l.logf("%s: live question %d came at quiz question %d; back at %d (saved %v)", l.name, l.handled, was, k, saved)
			}
		case errors.Is(err, errClosed):
			return err
		case err != nil:
			// A key may have been lost to a redraw race; read where the
			// screen is and try again, a few times.
			if l.logf != nil {
				l.logf("%s: question %d of %d: %v; trying again; screen ends %q", l.name, k, m, err, l.t.tail(300))
			}
			if retries++; retries > 3 {
				return fmt.Errorf("question %d of %d: %w; screen ends %q", k, m, err, l.t.tail(200))
			}
			k, saved = l.where(max(0, l.t.pos()-4000), k, saved)
		}
	}
	return nil
}

// where reads the quiz's place from the text drawn since from: the last
// header drawn is the screen now. Without one, the place is unchanged.
func (l *learner) where(from, k int, saved bool) (int, bool) {
	m := len(l.lesson.Questions)
	subs := l.t.lastRE(whereRE(m), from)
	switch {
	case subs == nil:
		return k, saved
	case subs[3] != "":
		for j := 1; j <= m; j++ {
			if !l.saved[j] {
				// The result screen shows every answer was taken; marks
				// not seen were drawn over by the live question.
				l.saved[j] = true
			}
		}
		return m + 1, true
	}
	j, _ := strconv.Atoi(subs[1])
	if subs[2] != "" {
		l.saved[j] = true
	}
	return j, subs[2] != ""
}

// live answers the live question the trainer pushed, waits until the
// trainer ends it, and returns the text position where the live question
// began: the last quiz header drawn since then is where the learner is
// back (the quiz may have taken a key just before the question came).
func (l *learner) live() int {
	gen, ended := l.room.current()
	defer func() { l.handled = gen }()
	from := l.t.pos()
	if l.sc.liveMarker != "" {
		if err := l.t.waitFor(l.sc.liveMarker, l.wait, nil); err != nil {
			if l.logf != nil {
				l.logf("%s: live question %d: %v", l.name, gen, err)
			}
			l.room.miss()
			l.waitEnd(ended)
			return from
		}
	} else {
		// The push reaches every learner within a frame or two.
		time.Sleep(300 * time.Millisecond)
	}
	// The keys are tried in turn until the answer shows as saved: "1"
	// answers a single or true/false question, and Enter then submits
	// what "1" marked or typed (pick all, fill-in) or the order shown.
	answered := false
	for i, k := range l.sc.liveKeys {
		time.Sleep(l.pause())
		if err := l.t.key(ptykit.KeyBytes(k), l.keyMax); err != nil {
			break
		}
		if l.sc.liveSaved == "" {
			answered = i == len(l.sc.liveKeys)-1
			continue
		}
		wait := 1500 * time.Millisecond
		if i == len(l.sc.liveKeys)-1 {
			wait = l.wait
		}
		if l.t.waitFor(l.sc.liveSaved, wait, nil) == nil {
			answered = true
			break
		}
	}
	if answered {
		l.liveSaved++
		l.room.answered()
	} else {
		l.room.miss()
		if l.logf != nil {
			l.logf("%s: live question %d: no %q; screen ends %q", l.name, gen, l.sc.liveSaved, l.t.tail(300))
		}
	}
	l.waitEnd(ended)
	return from
}

// waitEnd waits for the trainer to end the live question and the
// learner's own screen to come back.
func (l *learner) waitEnd(ended <-chan struct{}) {
	select {
	case <-ended:
	case <-l.t.done:
	}
	time.Sleep(400 * time.Millisecond)
}
