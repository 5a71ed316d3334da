package report

import (
	"regexp"
	"testing"
	"time"
)

// The xAPI 1.0.3 forms of a statement id and a duration (xAPI Data, part
// two of the specification, §2.4).
var (
	uuidRE     = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	durationRE = regexp.MustCompile(`^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$`)
)

// reportZone is Western Indonesia Time, where the trainers are.
var reportZone = time.FixedZone("WIB", 7*3600)

func TestISODuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "PT0S", 4*time.Minute + 30*time.Second: "PT4M30S", time.Hour: "PT1H",
		49*time.Hour + 2*time.Second: "PT49H2S", 1400 * time.Millisecond: "PT1S", -time.Second: "PT0S",
	} {
		if got := isoDuration(d); got != want || !durationRE.MatchString(got) {
			t.Errorf("isoDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestStatementIDIsStable(t *testing.T) {
	actor := xAgent{ObjectType: "Agent", Account: xAccount{HomePage: "urn:ajar:pc", Name: "ani"}}
	obj := xActivity{ObjectType: "Activity", ID: xapiBase + "c/m/l"}
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	a := statementID(actor, verbCompleted, obj, at)
	if a != statementID(actor, verbCompleted, obj, at.In(reportZone)) || !uuidRE.MatchString(a) || a[14] != '5' {
		t.Fatalf("id %s must be a stable version-5 UUID", a)
	}
	if a == statementID(actor, verbCompleted, obj, at.Add(time.Second)) || a == statementID(actor, verbPassed, obj, at) {
		t.Fatal("different statements share an id")
	}
}
