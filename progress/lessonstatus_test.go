package progress

import (
	"testing"
	"time"
)

// TestLessonStatus: one status per record, as the course map marks a
// lesson and a report lists it.
func TestLessonStatus(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		rec  LessonRecord
		want LessonStatus
	}{
		{"no record", LessonRecord{}, LessonNew},
		{"opened", LessonRecord{OpenedAt: at}, LessonOpened},
		{"completed", LessonRecord{OpenedAt: at, CompletedAt: at.Add(time.Hour), Attempts: 1}, LessonCompleted},
		{"completed, no opening time", LessonRecord{CompletedAt: at}, LessonCompleted},
	}
	for _, tt := range tests {
		if got := tt.rec.Status(); got != tt.want {
			t.Errorf("%s: Status() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestLessonStatusWords: the values are the words reports have always
// written in their "status" field; merging old and new exports needs
// them unchanged.
func TestLessonStatusWords(t *testing.T) {
	for s, want := range map[LessonStatus]string{LessonNew: "new", LessonOpened: "opened", LessonCompleted: "completed"} {
		if string(s) != want {
			t.Errorf("status %q, want %q", s, want)
		}
	}
}
