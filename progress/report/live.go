package report

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"ajar/lessons"
	"ajar/progress"
)

// Live sessions: the questions a trainer asked a whole class over SSH
// (ajar serve), whose answers the learners' progress keeps with the
// session's name (progress.Answer.Live). A report groups them by session,
// with its date, so a trainer sees who took part in which class and how
// they did; the answers are stored like a quiz's and count as such too.

// LiveSession is what one learner answered in one live session.
type LiveSession struct {
	// Session names the session: its start, as the class server named it.
	Session string `json:"session"`
	// Date is the day of the learner's first answer in it, in the
	// report's zone, e.g. "2026-12-05".
	Date     string       `json:"date"`
	Answered int          `json:"answered"`
	Right    int          `json:"right"`
	Answers  []LiveAnswer `json:"answers"`
}

// LiveAnswer is one answer given in a live session.
type LiveAnswer struct {
	Lesson   string    `json:"lesson"`
	Question string    `json:"question"`
	Given    string    `json:"given"`
	Correct  bool      `json:"correct"`
	At       time.Time `json:"answered_at"`
}

// liveSessions groups a learner's live answers by session, sessions in
// the order of their first answer, answers in the order given. answers
// is the learner's answer log when it was read; without it the last
// answers stand in, which keep a live answer until the question is
// answered again.
func liveSessions(p Progress, loc *time.Location) []LiveSession {
	answers := p.Answers
	if answers == nil {
		for _, a := range p.Snapshot.LastAnswers {
			answers = append(answers, a)
		}
		sort.Slice(answers, func(i, j int) bool {
			if !answers[i].At.Equal(answers[j].At) {
				return answers[i].At.Before(answers[j].At)
			}
			return answers[i].QuestionID < answers[j].QuestionID
		})
	}
	var out []LiveSession
	index := map[string]int{}
	for _, a := range answers {
		if a.Live == "" {
			continue
		}
		i, ok := index[a.Live]
		if !ok {
			i = len(out)
			index[a.Live] = i
			out = append(out, LiveSession{Session: lessons.CleanName(a.Live), Date: a.At.In(loc).Format("2006-01-02")})
		}
		s := &out[i]
		s.Answered++
		if a.Correct {
			s.Right++
		}
		s.Answers = append(s.Answers, LiveAnswer{Lesson: a.LessonID, Question: a.QuestionID, Given: a.Given,
			Correct: a.Correct, At: a.At.UTC()})
	}
	return out
}

// liveCell is the CSV cell of a learner's live answers to one lesson's
// questions: per session its first answer's local time and right out of
// answered ("2026-12-05 09:02 2/3"), sessions apart by " | ".
func liveCell(sessions []LiveSession, lesson string, loc *time.Location) string {
	var parts []string
	for _, s := range sessions {
		var first time.Time
		right, answered := 0, 0
		for _, a := range s.Answers {
			if a.Lesson != lesson {
				continue
			}
			if answered == 0 {
				first = a.At
			}
			answered++
			if a.Correct {
				right++
			}
		}
		if answered > 0 {
			parts = append(parts, first.In(loc).Format("2006-01-02 15:04")+" "+strconv.Itoa(right)+"/"+strconv.Itoa(answered))
		}
	}
	return strings.Join(parts, " | ")
}

// liveExtension is the xAPI context extension that names the live session
// an answer was given in.
const liveExtension = "https://ajar.invalid/extensions/live-session"

// liveStatements adds an answered statement for every live answer, its
// session in the context's extensions. The learner's last answers that
// were live are left to these (see learner), so no answer is stated twice.
func (b *xapiBuilder) liveStatements(actor xAgent, l Learner) {
	for _, s := range l.LiveSessions {
		for _, a := range s.Answers {
			b.answered(actor, a.Question, a.Lesson, a.Given, a.Correct, a.At, s.Session)
		}
	}
}

// liveName is the live session an answer was given in, "" for
// self-study, as the JSON report's question line shows it.
func liveName(a progress.Answer) string { return lessons.CleanName(a.Live) }
