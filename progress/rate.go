package progress

import "time"

// The builders below turn what a learner did into the Writes to apply.
// Every front end (the full-screen tutor and the plain line mode) calls
// them, so a quiz answer, a finished quiz and a review rating are stored
// the same way whichever screen the learner used. They are pure: the
// caller gives the ids, the grading and the time.

// QuizAnswer is the review a lesson quiz's graded answer makes: it logs
// the answer and seeds the question's card, Again when wrong and Good when
// right. A card that exists already keeps its schedule (SeedOnly), since
// re-taking a lesson quiz is practice, not a due review.
func (p Params) QuizAnswer(lessonID, questionID, given string, correct bool, now time.Time) Review {
	a := Answer{LessonID: lessonID, QuestionID: questionID, Given: given, Correct: correct, At: now}
	rating := Again
	if correct {
		rating = Good
	}
	return Review{CardID: questionID, Kind: KindQuestion, LessonID: lessonID, Rating: rating, At: now,
		After: p.Review(Card{}, rating, now, questionID), Answer: &a, SeedOnly: true}
}

// QuizResult is a finished full run of a lesson's quiz. The lesson's
// flashcards (their ids) join the reviews with it, due at once.
func QuizResult(lessonID string, correct, total int, flashcards []string, now time.Time) Result {
	res := Result{LessonID: lessonID, Correct: correct, Total: total, At: now}
	for _, id := range flashcards {
		res.NewCards = append(res.NewCards, CardRecord{ID: id, Kind: KindFlashcard,
			LessonID: lessonID, Card: Card{Due: now}, Created: now})
	}
	return res
}

// Rate is the review of card c rated r at now in the daily review: its
// new state by FSRS, and whether it was a scheduled review (for retention
// statistics). answer, when the card is a question answered just now, is
// logged with the rating.
func (p Params) Rate(c CardRecord, r Rating, now time.Time, answer *Answer) Review {
	return Review{CardID: c.ID, Kind: c.Kind, LessonID: c.LessonID, Rating: r, At: now,
		Due:   c.Card.Phase == PhaseReview && c.Card.IsDue(now),
		After: p.Review(c.Card, r, now, c.ID), Answer: answer}
}
