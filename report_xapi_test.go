package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"ajar/lessons"
	"ajar/progress"
)

// The xAPI 1.0.3 rules the statements are checked against (xAPI Data,
// part two of the specification, §2.4 and §4).
var (
	uuidRE     = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	langTagRE  = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
	durationRE = regexp.MustCompile(`^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$`)
	// interactionTypes are the cmi.interaction types xAPI allows.
	interactionTypes = "true-false choice fill-in long-fill-in matching performance sequencing likert numeric other"
)

// xapiProblems lists what is wrong with one statement, decoded from JSON.
func xapiProblems(s map[string]any) []string {
	var probs []string
	bad := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	onlyKeys := func(where string, m map[string]any, allowed string) {
		for k := range m {
			if !strings.Contains(" "+allowed+" ", " "+k+" ") {
				bad("%s: unknown property %q", where, k)
			}
		}
	}
	iri := func(where string, v any) {
		s, ok := v.(string)
		if !ok {
			bad("%s: %v is not a string", where, v)
			return
		}
		u, err := url.Parse(s)
		if err != nil || u.Scheme == "" || strings.ContainsAny(s, " \t\n") {
			bad("%s: %q is not an absolute IRI", where, s)
		}
	}
	langMap := func(where string, v any) {
		m, ok := v.(map[string]any)
		if !ok || len(m) == 0 {
			bad("%s: %v is not a language map", where, v)
			return
		}
		for tag, text := range m {
			if !langTagRE.MatchString(tag) {
				bad("%s: %q is not a language tag", where, tag)
			}
			if _, ok := text.(string); !ok {
				bad("%s[%s]: %v is not a string", where, tag, text)
			}
		}
	}
	object := func(where string, v any) map[string]any {
		m, ok := v.(map[string]any)
		if !ok {
			bad("%s: %v is not an object", where, v)
		}
		return m
	}
	activity := func(where string, v any) {
		a := object(where, v)
		if a == nil {
			return
		}
		onlyKeys(where, a, "objectType id definition")
		if ot, ok := a["objectType"]; ok && ot != "Activity" {
			bad("%s.objectType %v, want Activity", where, ot)
		}
		iri(where+".id", a["id"])
		if d, ok := a["definition"]; ok {
			def := object(where+".definition", d)
			onlyKeys(where+".definition", def, "name description type moreInfo interactionType correctResponsesPattern choices scale source target steps extensions")
			for _, k := range []string{"name", "description"} {
				if v, ok := def[k]; ok {
					langMap(where+".definition."+k, v)
				}
			}
			if v, ok := def["type"]; ok {
				iri(where+".definition.type", v)
			}
			if v, ok := def["interactionType"]; ok {
				if s, _ := v.(string); !strings.Contains(" "+interactionTypes+" ", " "+s+" ") || s == "" {
					bad("%s.definition.interactionType %v", where, v)
				}
				if def["type"] != typeInteraction {
					bad("%s: interactionType on a %v", where, def["type"])
				}
			}
		}
	}

	onlyKeys("statement", s, "id actor verb object result context timestamp stored authority version attachments")
	if id, _ := s["id"].(string); !uuidRE.MatchString(id) {
		bad("id %v is not a UUID", s["id"])
	}
	if v, _ := s["version"].(string); !strings.HasPrefix(v, "1.0.") {
		bad("version %v, want 1.0.x", s["version"])
	}

	if actor := object("actor", s["actor"]); actor != nil {
		onlyKeys("actor", actor, "objectType name mbox mbox_sha1sum openid account")
		if actor["objectType"] != "Agent" {
			bad("actor.objectType %v, want Agent", actor["objectType"])
		}
		if n, ok := actor["name"]; ok {
			if _, isStr := n.(string); !isStr {
				bad("actor.name %v is not a string", n)
			}
		}
		ifis := 0
		for _, k := range []string{"mbox", "mbox_sha1sum", "openid", "account"} {
			if _, ok := actor[k]; ok {
				ifis++
			}
		}
		if ifis != 1 {
			bad("actor has %d inverse functional identifiers, want exactly 1", ifis)
		}
		if acc, ok := actor["account"]; ok {
			a := object("actor.account", acc)
			onlyKeys("actor.account", a, "homePage name")
			iri("actor.account.homePage", a["homePage"])
			if n, _ := a["name"].(string); n == "" {
				bad("actor.account.name %v is not a non-empty string", a["name"])
			}
		}
	}

	if verb := object("verb", s["verb"]); verb != nil {
		onlyKeys("verb", verb, "id display")
		iri("verb.id", verb["id"])
		langMap("verb.display", verb["display"])
	}

	activity("object", s["object"])

	if r, ok := s["result"]; ok {
		res := object("result", r)
		onlyKeys("result", res, "score success completion response duration extensions")
		if sc, ok := res["score"]; ok {
			score := object("result.score", sc)
			onlyKeys("result.score", score, "scaled raw min max")
			num := func(k string) (float64, bool) {
				v, ok := score[k]
				if !ok {
					return 0, false
				}
				f, isNum := v.(float64)
				if !isNum {
					bad("result.score.%s %v is not a number", k, v)
				}
				return f, isNum
			}
			if scaled, ok := num("scaled"); ok && (scaled < -1 || scaled > 1) {
				bad("result.score.scaled %v outside [-1, 1]", scaled)
			}
			raw, hasRaw := num("raw")
			lo, hasMin := num("min")
			hi, hasMax := num("max")
			if hasMin && hasMax && lo >= hi {
				bad("result.score.min %v not below max %v", lo, hi)
			}
			if hasRaw && (hasMin && raw < lo || hasMax && raw > hi) {
				bad("result.score.raw %v outside [%v, %v]", raw, lo, hi)
			}
		}
		for _, k := range []string{"success", "completion"} {
			if v, ok := res[k]; ok {
				if _, isBool := v.(bool); !isBool {
					bad("result.%s %v is not a boolean", k, v)
				}
			}
		}
		if v, ok := res["response"]; ok {
			if _, isStr := v.(string); !isStr {
				bad("result.response %v is not a string", v)
			}
		}
		if v, ok := res["duration"]; ok {
			d, _ := v.(string)
			if !durationRE.MatchString(d) || d == "P" || strings.HasSuffix(d, "T") {
				bad("result.duration %v is not an ISO 8601 duration", v)
			}
		}
	}

	if c, ok := s["context"]; ok {
		ctx := object("context", c)
		onlyKeys("context", ctx, "registration instructor team contextActivities revision platform language statement extensions")
		if ca, ok := ctx["contextActivities"]; ok {
			acts := object("context.contextActivities", ca)
			onlyKeys("context.contextActivities", acts, "parent grouping category other")
			for k, v := range acts {
				list, ok := v.([]any)
				if !ok {
					list = []any{v}
				}
				for i, a := range list {
					activity(fmt.Sprintf("context.contextActivities.%s[%d]", k, i), a)
				}
			}
		}
		if l, ok := ctx["language"]; ok {
			if s, _ := l.(string); !langTagRE.MatchString(s) {
				bad("context.language %v is not a language tag", l)
			}
		}
	}

	ts, _ := s["timestamp"].(string)
	if _, err := time.Parse(time.RFC3339Nano, ts); err != nil {
		bad("timestamp %v is not RFC 3339 with a zone: %v", s["timestamp"], err)
	}
	return probs
}

// testStatements returns the statements of the test learners, decoded.
func testStatements(t *testing.T, env reportEnv) []map[string]any {
	t.Helper()
	st := progress.NewMemStore()
	fillReportStore(t, st)
	list, err := st.Profiles()
	mustDo(t, err)
	var learners []learnerData
	for _, p := range list {
		snap, err := st.Snapshot(p.ID)
		mustDo(t, err)
		learners = append(learners, learnerData{profile: p, snap: snap})
	}
	data, err := json.Marshal(xapiStatements(buildDoc(env, "ajar.db", learners), env))
	mustDo(t, err)
	var out []map[string]any
	mustDo(t, json.Unmarshal(data, &out))
	return out
}

func TestXAPIStatementsAreValid(t *testing.T) {
	env := reportTestEnv(t)
	stmts := testStatements(t, env)
	verbs := map[string]int{}
	ids := map[string]bool{}
	for i, s := range stmts {
		for _, p := range xapiProblems(s) {
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
	env.loc = time.UTC
	again := testStatements(t, env)
	for i := range stmts {
		if stmts[i]["id"] != again[i]["id"] {
			t.Fatalf("statement %d: id %v in WIB but %v in UTC", i, stmts[i]["id"], again[i]["id"])
		}
	}
	if stmts[0]["timestamp"] != "2026-11-21T09:00:00+07:00" || again[0]["timestamp"] != "2026-11-21T02:00:00Z" {
		t.Errorf("timestamps %v, %v", stmts[0]["timestamp"], again[0]["timestamp"])
	}
	env.hostname = ""
	if home := testStatements(t, env)[0]["actor"].(map[string]any)["account"].(map[string]any)["homePage"]; home != "urn:ajar:ajar" {
		t.Errorf("without a hostname the homePage is %v, want urn:ajar:ajar", home)
	}
}

// TestInteractionTypeOfEveryQuestionType: each question type is recorded
// as its own cmi.interaction type, never "other"; a type added to the
// format must be mapped here.
func TestInteractionTypeOfEveryQuestionType(t *testing.T) {
	for _, typ := range lessons.QuestionTypes() {
		it := interactionType(typ)
		if it == "other" || !strings.Contains(" "+interactionTypes+" ", " "+it+" ") {
			t.Errorf("%s questions are recorded as interaction type %q", typ, it)
		}
	}
	if it := interactionType(lessons.Matching); it != "matching" {
		t.Errorf("matching questions are recorded as %q", it)
	}
}

func TestXAPIValidatorCatchesErrors(t *testing.T) {
	base := testStatements(t, reportTestEnv(t))
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
	if p := xapiProblems(passed); len(p) > 0 {
		t.Fatalf("the base statement is invalid: %v", p)
	}
	for name, mutate := range mutations {
		var s map[string]any
		data, _ := json.Marshal(passed)
		mustDo(t, json.Unmarshal(data, &s))
		mutate(s)
		if len(xapiProblems(s)) == 0 {
			t.Errorf("%s: the validator found nothing wrong", name)
		}
	}
}

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
