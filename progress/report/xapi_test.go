package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"ajar/lessons"
	"ajar/progress"
	"ajar/progress/report/reporttest"
)

// testStatements returns the statements of the test learners, decoded.
func testStatements(t *testing.T, env Env) []map[string]any {
	t.Helper()
	st := progress.NewMemStore()
	reporttest.Fill(t, st)
	list, err := st.Profiles()
	mustDo(t, err)
	var learners []Progress
	for _, p := range list {
		snap, err := st.Snapshot(p.ID)
		mustDo(t, err)
		learners = append(learners, Progress{Profile: p, Snapshot: snap})
	}
	xapi, _ := FormatNamed("xapi")
	var data bytes.Buffer
	mustDo(t, xapi.Write(&data, Build(env, "ajar.db", learners, false), env, Options{}))
	var out []map[string]any
	mustDo(t, json.Unmarshal(data.Bytes(), &out))
	return out
}

func TestXAPIStatementsAreValid(t *testing.T) {
	env := testEnv(t)
	stmts := testStatements(t, env)
	verbs := map[string]int{}
	ids := map[string]bool{}
	for i, s := range stmts {
		for _, p := range reporttest.XAPIProblems(s) {
			t.Errorf("statement %d: %s", i, p)
		}
		id := s["id"].(string)
		if id[14] != '5' || ids[id] {
			t.Errorf("statement %d: id %s must be a version-5 UUID, unique", i, id)
		}
		ids[id] = true
		verbs[strings.TrimPrefix(s["verb"].(map[string]any)["id"].(string), "http://adlnet.gov/expapi/verbs/")]++
	}
	want := map[string]int{"experienced": 3, "answered": 3, "completed": 2, "passed": 1, "failed": 1}
	if fmt.Sprint(verbs) != fmt.Sprint(want) {
		t.Errorf("verbs %v, want %v", verbs, want)
	}
	var passed map[string]any
	for _, s := range stmts {
		if strings.HasSuffix(s["verb"].(map[string]any)["id"].(string), "/passed") {
			passed = s
		}
	}
	res := passed["result"].(map[string]any)
	if res["duration"] != "PT4M30S" || res["success"] != true || passed["object"].(map[string]any)["id"] != "https://ajar.invalid/activities/kursus-uji/t1" {
		t.Errorf("check statement %v", passed)
	}
	if home := passed["actor"].(map[string]any)["account"].(map[string]any)["homePage"]; home != "urn:ajar:PC-DIKLAT-01" {
		t.Errorf("account homePage %v", home)
	}

	// Ids depend on the instant, not on the zone it is written in.
	env.Loc = time.UTC
	again := testStatements(t, env)
	for i := range stmts {
		if stmts[i]["id"] != again[i]["id"] {
			t.Fatalf("statement %d: id %v in WIB but %v in UTC", i, stmts[i]["id"], again[i]["id"])
		}
	}
	if stmts[0]["timestamp"] != "2026-11-21T09:00:00+07:00" || again[0]["timestamp"] != "2026-11-21T02:00:00Z" {
		t.Errorf("timestamps %v, %v", stmts[0]["timestamp"], again[0]["timestamp"])
	}
	env.Hostname = ""
	if home := testStatements(t, env)[0]["actor"].(map[string]any)["account"].(map[string]any)["homePage"]; home != "urn:ajar:ajar" {
		t.Errorf("without a hostname the homePage is %v, want urn:ajar:ajar", home)
	}
}

func TestXAPIValidatorCatchesErrors(t *testing.T) {
	base := testStatements(t, testEnv(t))
	var passed map[string]any
	for _, s := range base {
		if strings.HasSuffix(s["verb"].(map[string]any)["id"].(string), "/passed") {
			passed = s
		}
	}
	mutations := map[string]func(s map[string]any){
		"bad id":         func(s map[string]any) { s["id"] = "1234" },
		"two IFIs":       func(s map[string]any) { s["actor"].(map[string]any)["mbox"] = "mailto:a@b.c" },
		"no IFI":         func(s map[string]any) { delete(s["actor"].(map[string]any), "account") },
		"group actor":    func(s map[string]any) { s["actor"].(map[string]any)["objectType"] = "Group" },
		"relative home":  func(s map[string]any) { s["actor"].(map[string]any)["account"].(map[string]any)["homePage"] = "pc-01" },
		"verb not IRI":   func(s map[string]any) { s["verb"].(map[string]any)["id"] = "passed" },
		"display string": func(s map[string]any) { s["verb"].(map[string]any)["display"] = "passed" },
		"display tag":    func(s map[string]any) { s["verb"].(map[string]any)["display"] = map[string]any{"english!": "x"} },
		"object not IRI": func(s map[string]any) { s["object"].(map[string]any)["id"] = "t1" },
		"scaled > 1": func(s map[string]any) {
			s["result"].(map[string]any)["score"].(map[string]any)["scaled"] = 1.5
		},
		"raw > max": func(s map[string]any) { s["result"].(map[string]any)["score"].(map[string]any)["raw"] = 9.0 },
		"no zone":   func(s map[string]any) { s["timestamp"] = "2026-11-20T09:00:00" },
		"duration":  func(s map[string]any) { s["result"].(map[string]any)["duration"] = "4m30s" },
		"success":   func(s map[string]any) { s["result"].(map[string]any)["success"] = "yes" },
		"unknown":   func(s map[string]any) { s["score"] = 3 },
	}
	if p := reporttest.XAPIProblems(passed); len(p) > 0 {
		t.Fatalf("the base statement is invalid: %v", p)
	}
	for name, mutate := range mutations {
		var s map[string]any
		data, _ := json.Marshal(passed)
		mustDo(t, json.Unmarshal(data, &s))
		mutate(s)
		if len(reporttest.XAPIProblems(s)) == 0 {
			t.Errorf("%s: the validator found nothing wrong", name)
		}
	}
}

func TestISODuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "PT0S", 4*time.Minute + 30*time.Second: "PT4M30S", time.Hour: "PT1H",
		49*time.Hour + 2*time.Second: "PT49H2S", 1400 * time.Millisecond: "PT1S", -time.Second: "PT0S",
	} {
		if got := isoDuration(d); got != want || !reporttest.Duration.MatchString(got) {
			t.Errorf("isoDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestStatementIDIsStable(t *testing.T) {
	actor := xAgent{ObjectType: "Agent", Account: xAccount{HomePage: "urn:ajar:pc", Name: "ani"}}
	obj := xActivity{ObjectType: "Activity", ID: xapiBase + "c/m/l"}
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	a := statementID(actor, verbCompleted, obj, at)
	if a != statementID(actor, verbCompleted, obj, at.In(reporttest.Zone)) || !reporttest.UUID.MatchString(a) || a[14] != '5' {
		t.Fatalf("id %s must be a stable version-5 UUID", a)
	}
	if a == statementID(actor, verbCompleted, obj, at.Add(time.Second)) || a == statementID(actor, verbPassed, obj, at) {
		t.Fatal("different statements share an id")
	}
}

// TestInteractionTypeOfEveryQuestionType: each question type is recorded
// as its own cmi.interaction type, never "other"; a type added to the
// format must be mapped here.
func TestInteractionTypeOfEveryQuestionType(t *testing.T) {
	allowed := " true-false choice fill-in long-fill-in matching performance sequencing likert numeric "
	for _, typ := range lessons.QuestionTypes() {
		if it := interactionType(typ); !strings.Contains(allowed, " "+it+" ") {
			t.Errorf("%s questions are recorded as interaction type %q", typ, it)
		}
	}
	if it := interactionType(lessons.Matching); it != "matching" {
		t.Errorf("matching questions are recorded as %q", it)
	}
}
