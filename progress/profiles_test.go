package progress

import "testing"

// TestFindProfile: the one lookup of a learner by what a person types,
// shared by the tutor's --profile and the report's.
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
			p, ok := FindProfile(list, tt.ref, tt.id)
			if ok != (tt.want != "") || p.ID != tt.want {
				t.Errorf("FindProfile(%q, %q) = %q, %v; want %q", tt.ref, tt.id, p.ID, ok, tt.want)
			}
		})
	}
	if _, ok := FindProfile([]Profile{{ID: "", Name: "x"}}, "y", ""); ok {
		t.Error("an empty id matched")
	}
}
