package tui

import "fmt"

// nameLine names whose progress the course map shows and, where the
// learner may switch (not in a class session, which has one learner), how.
func (m homeModel) nameLine() string {
	name := fmt.Sprintf(m.t.learner, m.learner)
	if !m.keys.Profiles.Enabled() {
		return name
	}
	return name + " (" + m.t.switchHint + ")"
}
