package progress

import (
	"testing"
	"time"
)

// sampleReview is a review with every optional part set, in three zones.
func sampleReview() Review {
	wib := time.FixedZone("", 7*3600) // as JSON gave it back: no zone name
	before := Card{Stability: 3.25, Difficulty: 5.5, Phase: PhaseReview, Step: 0, Due: at(1).In(wib), LastReview: at(0), Reps: 4, Lapses: 1}
	return Review{Seq: 42, CardID: "m1-l1-q1", Kind: KindQuestion, LessonID: "m1-l1", Rating: Hard, At: at(9).In(time.Local), Due: true,
		Before: &before, After: Card{Stability: 9, Difficulty: 6, Phase: PhaseRelearning, Step: 1, Due: at(20), LastReview: at(9), Reps: 5, Lapses: 2},
		Answer:   &Answer{Seq: 7, LessonID: "m1-l1", QuestionID: "m1-l1-q1", Given: "Jawaban “B”, 3.10", Correct: true, At: at(9)},
		PrevLast: &Answer{Seq: 3, LessonID: "m1-l1", QuestionID: "m1-l1-q1", Given: "", At: time.Time{}}}
}

func TestCompactEncodingRoundTrips(t *testing.T) {
	r := sampleReview()
	got, day, err := decodeReview(r.Seq, encodeReview(r, -3))
	mustNil(t, err)
	assertEqual(t, "review", got, r)
	if day != -3 {
		t.Errorf("day = %d, want -3", day)
	}
	bare := Review{Seq: 1, CardID: "f", Kind: KindFlashcard, LessonID: "l", Rating: Again, At: at(1)}
	got, _, err = decodeReview(1, encodeReview(bare, 0))
	mustNil(t, err)
	assertEqual(t, "bare review", got, bare)

	c := CardRecord{ID: "q", Kind: KindQuestion, LessonID: "l", Card: r.After, Created: at(2)}
	gotCard, err := decodeCardRecord("q", encodeCardRecord(c))
	mustNil(t, err)
	assertEqual(t, "card", gotCard, c)

	gotAnswer, err := decodeAnswer(encodeAnswer(*r.Answer))
	mustNil(t, err)
	assertEqual(t, "answer", gotAnswer, *r.Answer)

	d := DayCount{New: 3, Old: 300, Due: 250, DuePassed: 200}
	gotDay, err := decodeDay(encodeDay(d))
	mustNil(t, err)
	assertEqual(t, "day", gotDay, d)
	for _, day := range []int64{-40000, -1, 0, 1, 20000} {
		if back, ok := keyDay(dayKey(day)); !ok || back != day {
			t.Errorf("dayKey(%d) decodes to %d", day, back)
		}
		if string(dayKey(day)) >= string(dayKey(day+1)) {
			t.Errorf("dayKey(%d) does not sort before the next day", day)
		}
	}
}

// TestCompactEncodingRefusesDamage cuts, extends and alters encoded values:
// every one must be an error, never a panic or a silently wrong value.
func TestCompactEncodingRefusesDamage(t *testing.T) {
	full := encodeReview(sampleReview(), 5)
	for n := range len(full) {
		if _, _, err := decodeReview(1, full[:n]); err == nil {
			t.Errorf("a review cut to %d of %d bytes decoded", n, len(full))
		}
	}
	if _, _, err := decodeReview(1, append(full[:len(full):len(full)], 0)); err == nil {
		t.Error("a review with a trailing byte decoded")
	}
	bad := append([]byte(nil), full...)
	bad[0] = 9
	if _, _, err := decodeReview(1, bad); err == nil {
		t.Error("an unknown encoding version decoded")
	}
	if _, err := decodeDay(encodeDay(DayCount{New: 1, Due: 1, DuePassed: 2})); err == nil {
		t.Error("a day with more passed than due reviews decoded")
	}
	if _, err := decodeCardRecord("x", []byte(`{"id":"x"}`)); err == nil {
		t.Error("a JSON card decoded as a compact one")
	}
}

// FuzzDecodeReview feeds arbitrary bytes to the review decoder: it must
// return an error or a review that encodes back to a value that decodes
// to the same review.
func FuzzDecodeReview(f *testing.F) {
	f.Add(encodeReview(sampleReview(), 5))
	f.Add([]byte{1})
	f.Add([]byte("{not json"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, day, err := decodeReview(1, b)
		if err != nil {
			return
		}
		again, day2, err := decodeReview(1, encodeReview(r, day))
		if err != nil || day2 != day {
			t.Fatalf("re-encoded review does not decode: %v", err)
		}
		if !again.At.Equal(r.At) || again.CardID != r.CardID || again.Rating != r.Rating {
			t.Fatalf("re-encoded review differs: %+v vs %+v", again, r)
		}
	})
}
