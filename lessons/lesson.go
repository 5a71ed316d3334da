// Package lessons is ajar's pure content model: it loads courses written as
// folders of Markdown lessons with YAML front matter, a quiz block and an
// optional flashcards block, validates them with positioned problems, and
// grades quiz answers. It also words what `ajar lint` prints (WriteLint),
// so the checks and their report live together.
//
// It reads only through io/fs and never touches the terminal, the progress
// store or the network, so it can be tested with fstest.MapFS. It imports
// the standard library, YAML and goldmark only: never progress, tui,
// content or the terminal libraries (.ci/imports), since the tutor, the
// presenter, lint and reports all build on it.
package lessons

// Catalog is every module that loaded, in display order.
type Catalog struct {
	// Title is the course title from the course.yaml of the first source
	// that has one; "" when none does.
	Title string
	// Glossary is the course's glossary.md (Markdown), or "" if none.
	Glossary string
	// Modules are sorted by Order, then ID.
	Modules []*Module
}

// Module is one folder of lessons with its metadata from module.yaml.
type Module struct {
	ID    string
	Title string
	Order int
	// Number is the module's place in the catalog, from 1: what learners
	// see as "Modul 3", whatever Order a trainer's module.yaml gave.
	Number  int
	Summary string
	// Source is the display name of the folder the module came from,
	// e.g. "content/course/m4-organisasi-pembelajar".
	Source string
	// Lessons are sorted by file name (authors prefix them 01-, 02-, ...).
	Lessons []*Lesson
}

// Lesson is one Markdown file: front matter, body, quiz and flashcards.
type Lesson struct {
	ID    string
	Title string
	// Minutes is the time the lesson takes, reading and answering its quiz
	// (see LessonTime); MinutesLine is the file line of the key.
	Minutes     int
	MinutesLine int
	ModuleID    string
	// Objective is the optional one-line learning objective.
	Objective string
	// Path is the display path of the file, used in problems.
	Path string
	// Body is the Markdown without front matter and without the quiz and
	// flashcards blocks.
	Body string
	// Questions are the quiz questions in file order.
	// Reflection is an optional prompt the learner answers in free text
	// after the quiz, not graded; it comes back when the lesson's cards
	// are reviewed days later.
	Reflection string
	// Plan, optional, asks the learner for concrete actions (a plan for
	// the weeks after the course); the review brings it back after 7 and
	// 30 days.
	Plan      *Plan
	Questions []Question
	// Flashcards are the cards of the optional ```flashcards block in file
	// order; nil when the lesson has none. Once a learner finishes the
	// lesson, its questions and its flashcards become review cards.
	Flashcards []Flashcard
}

// Flashcard is one key point of a lesson for self-rated recall: the learner
// sees Front, recalls the answer, turns the card to Back and rates how well
// they remembered. Front and Back are trimmed plain text and may span a few
// lines.
type Flashcard struct {
	// ID shares the one namespace of module, lesson and question ids;
	// review progress keys on it.
	ID    string
	Front string
	Back  string
	// Line is the 1-based line of the card in its lesson file.
	Line int
}

// QuestionType names one of the question kinds of content format v1.
type QuestionType string

// The question types of content format v1, as written in the `type` key.
const (
	Single    QuestionType = "single"    // exactly one correct option
	Multi     QuestionType = "multi"     // one or more correct options, pick all
	TrueFalse QuestionType = "truefalse" // a statement that is true or false
	Fill      QuestionType = "fill"      // a typed answer with accepted alternatives
	Order     QuestionType = "order"     // items to put in the right order
	Matching  QuestionType = "matching"  // left items each paired with one right item
)

// Pair is one pair of a matching question: a left item and the right item
// that belongs to it. Authors write pairs matched; the learner sees the
// right items shuffled.
type Pair struct {
	Left, Right string
	// Line is the 1-based line of the pair in its lesson file.
	Line int
}

// Option is one choice of a single or multi question.
type Option struct {
	Text    string
	Correct bool
	// Feedback is shown when the learner picks this option (optional).
	Feedback string
	// Line is the 1-based line of the option in its lesson file.
	Line int
}

// Question is one quiz item. Which answer fields are used depends on Type.
type Question struct {
	ID          string
	Type        QuestionType
	Prompt      string
	Explanation string
	// Options holds the choices of single and multi questions.
	Options []Option
	// Answer is the truth of a truefalse statement.
	Answer bool
	// FeedbackTrue and FeedbackFalse are optional feedback for a truefalse
	// question when the learner answers true or false respectively.
	FeedbackTrue, FeedbackFalse string
	// Accept lists the accepted answers of a fill question, exactly as written.
	Accept []string
	// Items lists an order question's items in the correct order.
	Items []string
	// Pairs lists a matching question's pairs, each left item with its
	// right item, in the order the left items are shown.
	Pairs []Pair
	// Line is the 1-based line of the question in its lesson file.
	Line int
}

// Response is what a learner answered. Which field is used depends on the
// question type.
type Response struct {
	// Choices are option indexes for single and multi questions.
	Choices []int
	// Bool is the answer to a truefalse question.
	Bool bool
	// Text is the typed answer to a fill question.
	Text string
	// Order lists item indexes (into Question.Items) in the learner's order.
	Order []int
	// Match gives, for each left item of a matching question, the index
	// (into Question.Pairs) of the right item the learner put against it;
	// -1 for none.
	Match []int
}

// Plan is a lesson's request for concrete actions the learner will take,
// each tied to one of the course's ideas.
type Plan struct {
	// Prompt says what to write.
	Prompt string
	// Actions is how many actions to write, 1 to 5 (default 3).
	Actions int
	// Ties are the ideas an action can be tied to (the disciplines, the
	// tools); none means actions are not tied.
	Ties []string
	// Line is the line of "plan:" in the lesson file.
	Line int
}

// PlanRevisits are the days after writing a plan on which the daily review
// brings it back.
func PlanRevisits() []int { return []int{7, 30} }
