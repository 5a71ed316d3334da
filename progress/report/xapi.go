package report

import (
	"crypto/sha1"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"ajar/lessons"
)

// xAPI 1.0.3 statements for a learning record store. Each learner is an
// Agent identified by an account on this PC (never an e-mail address); each
// lesson, module and question is an Activity whose id is built from the
// stable content ids under a reserved .invalid domain, so ids never collide
// with a real site and stay the same across exports.

// xapiBase is the root of every activity id.
const xapiBase = "https://ajar.invalid/activities/"

// xapiVersion is the xAPI version the statements follow.
const xapiVersion = "1.0.3"

// The ADL verbs used, in the order statements with one timestamp are listed.
var (
	verbExperienced = xVerb{ID: "http://adlnet.gov/expapi/verbs/experienced",
		Display: map[string]string{"id-ID": "mempelajari", "en-US": "experienced"}}
	verbAnswered = xVerb{ID: "http://adlnet.gov/expapi/verbs/answered",
		Display: map[string]string{"id-ID": "menjawab", "en-US": "answered"}}
	verbCompleted = xVerb{ID: "http://adlnet.gov/expapi/verbs/completed",
		Display: map[string]string{"id-ID": "menyelesaikan", "en-US": "completed"}}
	verbPassed = xVerb{ID: "http://adlnet.gov/expapi/verbs/passed",
		Display: map[string]string{"id-ID": "lulus", "en-US": "passed"}}
	verbFailed = xVerb{ID: "http://adlnet.gov/expapi/verbs/failed",
		Display: map[string]string{"id-ID": "tidak lulus", "en-US": "failed"}}
)

// The ADL activity types used.
const (
	typeCourse      = "http://adlnet.gov/expapi/activities/course"
	typeLesson      = "http://adlnet.gov/expapi/activities/lesson"
	typeAssessment  = "http://adlnet.gov/expapi/activities/assessment"
	typeInteraction = "http://adlnet.gov/expapi/activities/cmi.interaction"
)

// contentLang is the language of the course's titles and prompts.
const contentLang = "id-ID"

// xStatement is one xAPI statement.
type xStatement struct {
	ID        string    `json:"id"`
	Actor     xAgent    `json:"actor"`
	Verb      xVerb     `json:"verb"`
	Object    xActivity `json:"object"`
	Result    *xResult  `json:"result,omitempty"`
	Context   *xContext `json:"context,omitempty"`
	Timestamp string    `json:"timestamp"`
	Version   string    `json:"version"`

	at time.Time // for sorting
}

// xAgent is a learner, identified by an account (the one IFI).
type xAgent struct {
	ObjectType string   `json:"objectType"`
	Name       string   `json:"name,omitempty"`
	Account    xAccount `json:"account"`
}

// xAccount is the learner's profile on one PC.
type xAccount struct {
	HomePage string `json:"homePage"`
	Name     string `json:"name"`
}

// xVerb is an ADL verb.
type xVerb struct {
	ID      string            `json:"id"`
	Display map[string]string `json:"display"`
}

// xActivity is a course, module, lesson or question.
type xActivity struct {
	ObjectType string       `json:"objectType"`
	ID         string       `json:"id"`
	Definition *xDefinition `json:"definition,omitempty"`
}

// xDefinition describes an activity.
type xDefinition struct {
	Name            map[string]string `json:"name,omitempty"`
	Description     map[string]string `json:"description,omitempty"`
	Type            string            `json:"type"`
	InteractionType string            `json:"interactionType,omitempty"`
}

// xResult is a statement's outcome.
type xResult struct {
	Score      *xScore `json:"score,omitempty"`
	Success    *bool   `json:"success,omitempty"`
	Completion *bool   `json:"completion,omitempty"`
	Response   *string `json:"response,omitempty"`
	Duration   string  `json:"duration,omitempty"`
}

// xScore is a score; Scaled is Raw/Max.
type xScore struct {
	Scaled float64 `json:"scaled"`
	Raw    int     `json:"raw"`
	Min    int     `json:"min"`
	Max    int     `json:"max"`
}

// xContext places an activity in its module and course.
type xContext struct {
	ContextActivities xContextActivities `json:"contextActivities"`
	Platform          string             `json:"platform"`
	Language          string             `json:"language"`
	// Extensions name the live session of an answer given in one.
	Extensions map[string]string `json:"extensions,omitempty"`
}

// xContextActivities are the parent and the course of an activity.
type xContextActivities struct {
	Parent   []xActivity `json:"parent,omitempty"`
	Grouping []xActivity `json:"grouping,omitempty"`
}

// xapiStatements turns a report into statements: per learner, in time
// order, experienced (lesson opened), answered (each last answer),
// completed (lesson completed, best practice score) and passed or failed
// (module check). Lessons and questions no longer in the catalog have no
// module to place them in and are left out; the JSON report keeps them.
func xapiStatements(doc Doc, env Env) []xStatement {
	b := xapiBuilder{doc: doc, env: env, out: []xStatement{}}
	for _, l := range doc.Learners {
		start := len(b.out)
		b.learner(l)
		part := b.out[start:]
		sort.SliceStable(part, func(i, j int) bool {
			if !part[i].at.Equal(part[j].at) {
				return part[i].at.Before(part[j].at)
			}
			if vi, vj := verbRank(part[i].Verb.ID), verbRank(part[j].Verb.ID); vi != vj {
				return vi < vj
			}
			return part[i].Object.ID < part[j].Object.ID
		})
	}
	return b.out
}

// verbRank orders statements with the same timestamp.
func verbRank(id string) int {
	for i, v := range []xVerb{verbExperienced, verbAnswered, verbCompleted, verbPassed, verbFailed} {
		if v.ID == id {
			return i
		}
	}
	return 99
}

// xapiBuilder collects the statements of a report.
type xapiBuilder struct {
	doc Doc
	env Env
	out []xStatement
}

// learner adds one learner's statements.
func (b *xapiBuilder) learner(l Learner) {
	home := "ajar"
	if b.doc.Source.Hostname != "" {
		home = url.PathEscape(b.doc.Source.Hostname)
	}
	actor := xAgent{ObjectType: "Agent", Name: l.Name, Account: xAccount{HomePage: "urn:ajar:" + home, Name: l.ProfileID}}
	for _, ls := range l.Lessons {
		if ls.Module == "" {
			continue
		}
		obj := b.activity(typeLesson, ls.Title, "", "", ls.Module, ls.Lesson)
		ctx := b.context(b.ref(ls.Module))
		if ls.OpenedAt != nil {
			b.add(actor, verbExperienced, obj, nil, ctx, *ls.OpenedAt)
		}
		if ls.CompletedAt != nil {
			res := &xResult{Completion: ptr(true)}
			if s := ls.BestScore; s != nil && s.Total > 0 {
				res.Score = newXScore(s.Correct, s.Total)
			}
			b.add(actor, verbCompleted, obj, res, ctx, *ls.CompletedAt)
		}
	}
	for _, a := range l.Questions {
		if a.LiveSession == "" { // a live one is among the live sessions' answers
			b.answered(actor, a.Question, a.Lesson, a.Given, a.Correct, a.At, "")
		}
	}
	b.liveStatements(actor, l)
	for _, ch := range l.Checks {
		obj := b.activity(typeAssessment, ch.Title, "", "", ch.Module)
		verb := verbFailed
		if ch.Passed {
			verb = verbPassed
		}
		res := &xResult{Success: ptr(ch.Passed), Completion: ptr(true)}
		if ch.CheckScore.Total > 0 {
			res.Score = newXScore(ch.CheckScore.Correct, ch.CheckScore.Total)
		}
		if ch.StartedAt != nil && !ch.StartedAt.After(ch.FinishedAt) {
			res.Duration = isoDuration(ch.FinishedAt.Sub(*ch.StartedAt))
		}
		b.add(actor, verb, obj, res, b.context(), ch.FinishedAt)
	}
}

// answered adds the statement of an answer to a question still in the
// course, in the live session named (if any).
func (b *xapiBuilder) answered(actor xAgent, question, lessonID, given string, correct bool, at time.Time, session string) {
	q, lesson := b.env.Catalog.Question(question)
	if q == nil || lesson.ID != lessonID {
		return
	}
	num := 1
	for i := range lesson.Questions {
		if lesson.Questions[i].ID == q.ID {
			num = i + 1
		}
	}
	obj := b.activity(typeInteraction, fmt.Sprintf("%s — soal %d", lesson.Title, num), q.Prompt,
		interactionType(q.Type), lesson.ModuleID, lesson.ID, q.ID)
	res := &xResult{Success: ptr(correct), Response: ptr(given)}
	ctx := b.context(b.ref(lesson.ModuleID, lesson.ID))
	if session != "" {
		ctx.Extensions = map[string]string{liveExtension: session}
	}
	b.add(actor, verbAnswered, obj, res, ctx, at)
}

// add appends one statement with its deterministic id.
func (b *xapiBuilder) add(actor xAgent, verb xVerb, obj xActivity, res *xResult, ctx *xContext, at time.Time) {
	b.out = append(b.out, xStatement{
		ID:        statementID(actor, verb, obj, at),
		Actor:     actor,
		Verb:      verb,
		Object:    obj,
		Result:    res,
		Context:   ctx,
		Timestamp: at.In(b.env.Loc).Format(time.RFC3339),
		Version:   xapiVersion,
		at:        at,
	})
}

// activityID is the IRI of a course part: module, lesson, question.
func (b *xapiBuilder) activityID(path ...string) string {
	parts := []string{url.PathEscape(b.doc.CourseID)}
	for _, p := range path {
		parts = append(parts, url.PathEscape(p))
	}
	return xapiBase + strings.Join(parts, "/")
}

// activity is a full activity with its definition.
func (b *xapiBuilder) activity(typ, name, description, interaction string, path ...string) xActivity {
	def := &xDefinition{Type: typ, InteractionType: interaction}
	if name != "" {
		def.Name = map[string]string{contentLang: name}
	}
	if description != "" {
		def.Description = map[string]string{contentLang: description}
	}
	return xActivity{ObjectType: "Activity", ID: b.activityID(path...), Definition: def}
}

// ref is a bare activity, for context. A module is referred to without a
// definition: its one definition is the assessment of its check.
func (b *xapiBuilder) ref(path ...string) xActivity {
	return xActivity{ObjectType: "Activity", ID: b.activityID(path...)}
}

// context places an activity under parent (if any) in the course.
func (b *xapiBuilder) context(parent ...xActivity) *xContext {
	course := b.ref()
	course.Definition = &xDefinition{Type: typeCourse}
	if b.doc.Course != "" {
		course.Definition.Name = map[string]string{contentLang: b.doc.Course}
	}
	return &xContext{ContextActivities: xContextActivities{Parent: parent, Grouping: []xActivity{course}},
		Platform: "ajar", Language: contentLang}
}

// interactionType maps a question type to its cmi.interaction type. The
// statement's response is the answer as Question.Describe writes it
// (for matching "left → right; …"), the same text the other reports show.
func interactionType(t lessons.QuestionType) string {
	switch t {
	case lessons.Single, lessons.Multi:
		return "choice"
	case lessons.TrueFalse:
		return "true-false"
	case lessons.Fill:
		return "fill-in"
	case lessons.Order:
		return "sequencing"
	case lessons.Matching:
		return "matching"
	}
	return "other"
}

// newXScore is correct out of total, scaled to 0..1.
func newXScore(correct, total int) *xScore {
	return &xScore{Scaled: float64(correct) / float64(total), Raw: correct, Min: 0, Max: total}
}

// isoDuration writes d as an ISO 8601 duration in whole seconds: "PT4M30S".
func isoDuration(d time.Duration) string {
	s := int64(d.Round(time.Second) / time.Second)
	if s <= 0 {
		return "PT0S"
	}
	var out strings.Builder
	out.WriteString("PT")
	if h := s / 3600; h > 0 {
		fmt.Fprintf(&out, "%dH", h)
	}
	if m := s / 60 % 60; m > 0 {
		fmt.Fprintf(&out, "%dM", m)
	}
	if sec := s % 60; sec > 0 {
		fmt.Fprintf(&out, "%dS", sec)
	}
	return out.String()
}

// namespaceURL is RFC 4122's name space for URLs, the namespace of
// statement ids.
var namespaceURL = [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// statementID is a version-5 UUID of the actor, verb, object and instant,
// so exporting the same progress again gives the same ids and a record
// store can drop the duplicates. The instant is taken in UTC, so the zone
// of the exporting PC does not change it.
func statementID(actor xAgent, verb xVerb, obj xActivity, at time.Time) string {
	name := strings.Join([]string{actor.Account.HomePage, actor.Account.Name, verb.ID, obj.ID,
		at.UTC().Format(time.RFC3339Nano)}, "\n")
	h := sha1.New()
	h.Write(namespaceURL[:])
	h.Write([]byte(name))
	sum := h.Sum(nil)
	sum[6] = sum[6]&0x0f | 0x50 // version 5
	sum[8] = sum[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16])
}

// ptr returns a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }
