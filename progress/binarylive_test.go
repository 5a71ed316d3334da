package progress

import (
	"bytes"
	"testing"
)

// TestLiveAnswerEncoding: a self-study answer is written as before (a
// version 1 record, so files without live answers do not change), a live
// one round-trips with its session, and a live record without one, is damage.
func TestLiveAnswerEncoding(t *testing.T) {
	plain := Answer{Seq: 3, LessonID: "l1", QuestionID: "q1", Given: "B", Correct: true, At: at(1)}
	if b := encodeAnswer(plain); b[0] != encodingV1 {
		t.Errorf("a self-study answer starts with version %d, want %d", b[0], encodingV1)
	}
	live := plain
	live.Live = "2026-12-05T09:00"
	got, err := decodeAnswer(encodeAnswer(live))
	if err != nil || got != live {
		t.Errorf("live answer round trip = %+v, %v; want %+v", got, err, live)
	}
	empty := append([]byte{encodingLiveAnswer}, encodeAnswer(plain)[1:]...)
	if _, err := decodeAnswer(append(empty, 0)); err == nil {
		t.Error("a live record with an empty session decoded")
	}

	r := quizReview("q1", Good, testCard(3, 1), 1, "B")
	r.Answer.Live, r.PrevLast = live.Live, &live
	back, _, err := decodeReview(7, encodeReview(r, 42))
	if err != nil || back.Answer.Live != live.Live || back.PrevLast.Live != live.Live {
		t.Errorf("review with live answers = %+v, %v", back, err)
	}
	r.Answer.Live, r.PrevLast = "", nil
	var old enc
	old.byte(encodingV1)
	old.answer(*r.Answer)
	if b := encodeAnswer(*r.Answer); !bytes.Equal(b, old.b) {
		t.Errorf("a self-study answer is encoded as % x, want the version 1 record % x", b, old.b)
	}
}
