package progress

import (
	"errors"
	"testing"
)

// TestFindProfile: the one lookup of a learner by what a person types,
// shared by the tutor's --profile, the report's and the learner form's
// "name taken".
func TestFindProfile(t *testing.T) {
	first := Profile{ID: "f1rst", Name: DefaultProfile}
	ani := Profile{ID: "u-ani", Name: "Ani Lestari", Alias: "ani"}
	// Budi was Ani's old id's namesake: "ani" is Ani's alias but this
	// learner's name.
	budi := Profile{ID: "u-budi", Name: "ani"}
	list := []Profile{first, ani, budi}
	tests := []struct {
		name, ref, id string
		want          string // the ID found, "" for none
	}{
		{"name, any case", "ANI LESTARI", "", "u-ani"},
		{"name, spacing ignored", "  ani   lestari ", "", "u-ani"},
		{"unique id", "u-ani", "u-ani", "u-ani"},
		{"old id resolved", "old", "u-ani", "u-ani"},
		{"the first learner", DefaultProfile, "f1rst", "f1rst"},
		{"a name wins over an old id", "ani", "u-ani", "u-budi"},
		{"nobody", "Citra", "Citra", ""},
		{"no id matches nothing", "Citra", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := FindProfile(list, tt.ref, tt.id)
			if (err == nil) != (tt.want != "") || p.ID != tt.want {
				t.Errorf("FindProfile(%q, %q) = %q, %v; want %q", tt.ref, tt.id, p.ID, err, tt.want)
			}
			if tt.want == "" && !errors.Is(err, ErrNotFound) {
				t.Errorf("nobody found: %v, want ErrNotFound", err)
			}
		})
	}
	if _, err := FindProfile([]Profile{{ID: "", Name: "x"}}, "y", ""); err == nil {
		t.Error("an empty id matched")
	}
}

// TestFindProfileSameName: two learners with one name (a file edited by
// hand, or a learner named like the unnamed first learner) are told
// apart by the id the reference resolves to, and never by a guess.
func TestFindProfileSameName(t *testing.T) {
	first := Profile{ID: "f1rst", Name: DefaultProfile}
	named := Profile{ID: "u-def", Name: "Default"}
	ani1 := Profile{ID: "u-ani1", Name: "Ani"}
	ani2 := Profile{ID: "u-ani2", Name: "ani"}
	list := []Profile{first, named, ani1, ani2, {ID: "u-ani2x", Name: "Citra"}}

	// "default" resolves to the first learner, who is listed by that name.
	if p, err := FindProfile(list, DefaultProfile, "f1rst"); err != nil || p.ID != "f1rst" {
		t.Errorf("default = %q, %v; want the first learner", p.ID, err)
	}
	// An id is only a tie-break: a learner of another name never wins.
	for _, id := range []string{"", "Ani", "u-ani2x"} {
		if p, err := FindProfile(list, "ANI", id); !errors.Is(err, ErrSameName) {
			t.Errorf("ANI (id %q) = %q, %v; want ErrSameName", id, p.ID, err)
		}
	}
	if p, err := FindProfile(list, "ani", "u-ani2"); err != nil || p.ID != "u-ani2" {
		t.Errorf("ani with id u-ani2 = %q, %v", p.ID, err)
	}
}
