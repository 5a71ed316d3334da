package progress

import (
	"strings"
	"testing"
)

func TestNewProfileID(t *testing.T) {
	cases := []struct {
		name  string
		taken []string
		want  string
	}{
		{"Ani", nil, "ani"},
		{"Ani", []string{"ani"}, "ani-2"},
		{"Ani", []string{"ani", "ani-2"}, "ani-3"},
		{"Ani", []string{"ani-2"}, "ani"},
		{"  Budi   Santoso  ", nil, "budi-santoso"},
		{"Siti Nur'aini Rahmawati", nil, "siti-nuraini-rahmawati"},
		{"Nur’aini", nil, "nuraini"},
		{"M. Rizki, S.Kom.", nil, "m-rizki-s-kom"},
		{"Dra. Hj. Ëlisabeth Ñuñez-Çelik", nil, "dra-hj-elisabeth-nunez-celik"},
		{"José Müller", nil, "jose-muller"},
		{"Jose\u0301 Mu\u0308ller", nil, "jose-muller"}, // decomposed accents
		{"Łukasz Øster Straße Æsir Œuvre", nil, "lukasz-oster-strasse-aesir-oeuvre"},
		{"Đặng", nil, "d-ng"}, // ặ is outside the folded blocks: a separator
		{"2×3", nil, "2-3"},
		{"ANI 2", []string{"ani-2"}, "ani-2-2"},
		{"", nil, "profile"},
		{"山田", nil, "profile"},
		{"---", []string{"profile"}, "profile-2"},
		{strings.Repeat("abcdefghi ", 5), nil, "abcdefghi-abcdefghi-abcdefghi-abcdefghi"},
		{strings.Repeat("a", 50), []string{strings.Repeat("a", 40)}, strings.Repeat("a", 40) + "-2"},
	}
	for _, tc := range cases {
		taken := func(id string) bool {
			for _, x := range tc.taken {
				if x == id {
					return true
				}
			}
			return false
		}
		got := NewProfileID(tc.name, taken)
		if got != tc.want {
			t.Errorf("NewProfileID(%q, %q) = %q, want %q", tc.name, tc.taken, got, tc.want)
		}
		if err := checkProfileID(got); err != nil {
			t.Errorf("NewProfileID(%q) = %q, not a valid profile ID: %v", tc.name, got, err)
		}
	}
	if got := NewProfileID("Ani", nil); got != "ani" {
		t.Errorf("NewProfileID with nil taken = %q, want ani", got)
	}
}

// TestNewProfileIDCharset checks every rune the fold table covers: each
// gives lower-case ASCII letters, digits and single inner dashes only.
func TestNewProfileIDCharset(t *testing.T) {
	for r := rune(0); r < 0x250; r++ {
		id := NewProfileID("a"+string(r)+"b", nil)
		if strings.Trim(id, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" ||
			strings.Contains(id, "--") || strings.HasPrefix(id, "-") || strings.HasSuffix(id, "-") {
			t.Errorf("NewProfileID(a%cb) = %q", r, id)
		}
	}
}
