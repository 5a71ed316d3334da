package lang

import (
	"reflect"
	"testing"
)

type tableOf[T any] struct {
	hello, bye T
	days       [2]T
}

func TestResolve(t *testing.T) {
	table := tableOf[Text]{hello: Text{"halo", "hello"}, bye: Text{"dah", "bye"}, days: [2]Text{{"Sen", "Mon"}, {"Sel", "Tue"}}}
	if got, want := Resolve[tableOf[string]](table, English), (tableOf[string]{"hello", "bye", [2]string{"Mon", "Tue"}}); !reflect.DeepEqual(got, want) {
		t.Errorf("English: %+v, want %+v", got, want)
	}
	if got, want := Resolve[tableOf[string]](table, Indonesian), (tableOf[string]{"halo", "dah", [2]string{"Sen", "Sel"}}); !reflect.DeepEqual(got, want) {
		t.Errorf("Indonesian: %+v, want %+v", got, want)
	}
	if got := Resolve[tableOf[string]](table, "fr").hello; got != "halo" {
		t.Errorf("unknown language gives %q, want Indonesian", got)
	}
}

func TestResolveRefusesAnotherShape(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a table of another shape must panic, not resolve half")
		}
	}()
	Resolve[struct{ a string }](tableOf[Text]{}, English)
}

func TestGaps(t *testing.T) {
	table := tableOf[Text]{hello: Text{"halo", ""}, days: [2]Text{{"Sen", "Mon"}, {"", "Tue"}}}
	got := Gaps(table, "bye")
	want := []string{"hello (en)", "days[1] (id)"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Gaps = %v, want %v", got, want)
	}
	if got := Gaps(table); len(got) != 4 {
		t.Errorf("without allowEmpty an empty text is two gaps: %v", got)
	}
}

func TestSay(t *testing.T) {
	if Say(English, "ya", "yes") != "yes" || Say(Indonesian, "ya", "yes") != "ya" {
		t.Error("Say picks the wrong side")
	}
}
