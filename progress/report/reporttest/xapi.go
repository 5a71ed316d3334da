package reporttest

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// The xAPI 1.0.3 rules the statements are checked against (xAPI Data,
// part two of the specification, §2.4 and §4).
var (
	// UUID is a statement id.
	UUID      = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	langTagRE = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
	// Duration is an ISO 8601 duration, as a result's duration.
	Duration = regexp.MustCompile(`^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$`)
	// interactionTypes are the cmi.interaction types xAPI allows.
	interactionTypes = "true-false choice fill-in long-fill-in matching performance sequencing likert numeric other"
)

// XAPIProblems lists what is wrong with one statement, decoded from JSON,
// by the rules above: checked against the specification, not against
// what package report means to write.
func XAPIProblems(s map[string]any) []string {
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
				if def["type"] != "http://adlnet.gov/expapi/activities/cmi.interaction" {
					bad("%s: interactionType on a %v", where, def["type"])
				}
			}
		}
	}

	onlyKeys("statement", s, "id actor verb object result context timestamp stored authority version attachments")
	if id, _ := s["id"].(string); !UUID.MatchString(id) {
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
			if !Duration.MatchString(d) || d == "P" || strings.HasSuffix(d, "T") {
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
