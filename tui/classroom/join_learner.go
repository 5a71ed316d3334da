package classroom

import (
	"errors"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"ajar/progress"
	"ajar/tui"
)

// Who a name is, and the session's program around the join screen and
// the tutor.

// findLearner returns the learner name (and nip) stands for, creating a
// new one for a new name; or the problem to show. Names are kept unique
// (ignoring case and spacing), so a name is a learner; a learner recorded
// with a NIP is continued only with that NIP, which tells two people of
// the same name apart. A file edited by hand may hold one name twice: the
// NIP chooses, or the trainer must.
func (s *Server) findLearner(name, nip string) (progress.Profile, *joinProblemMsg) {
	s.joinMu.Lock()
	defer s.joinMu.Unlock()
	st := s.cfg.Store
	list, err := st.Profiles()
	if err != nil {
		return progress.Profile{}, &joinProblemMsg{text: fmt.Sprintf(s.t.joinFailed, err)}
	}
	p, err := progress.FindProfile(list, name, "")
	switch {
	case errors.Is(err, progress.ErrSameName):
		var match []progress.Profile
		for _, q := range list {
			if sameLearnerName(q.Name, name) && nip != "" && sameNIP(q.EmployeeNumber, nip) {
				match = append(match, q)
			}
		}
		if len(match) == 1 {
			return match[0], nil
		}
		if nip == "" {
			return progress.Profile{}, &joinProblemMsg{text: fmt.Sprintf(s.t.joinNeedNIP, name), askNIP: true}
		}
		return progress.Profile{}, &joinProblemMsg{text: fmt.Sprintf(s.t.joinSameName, name)}
	case errors.Is(err, progress.ErrNotFound):
		p = progress.Profile{ID: progress.NewProfileID(), Name: name, EmployeeNumber: nip, Created: s.cfg.Deps.Now()}
		if err := st.SaveProfile(p); err != nil {
			return progress.Profile{}, s.saveProblem(err)
		}
		return p, nil
	case err != nil:
		return progress.Profile{}, &joinProblemMsg{text: fmt.Sprintf(s.t.joinFailed, err)}
	}
	switch {
	case p.EmployeeNumber != "" && nip == "":
		return progress.Profile{}, &joinProblemMsg{text: fmt.Sprintf(s.t.joinNeedNIP, p.Name), askNIP: true}
	case p.EmployeeNumber != "" && !sameNIP(p.EmployeeNumber, nip):
		return progress.Profile{}, &joinProblemMsg{text: fmt.Sprintf(s.t.joinOtherNIP, p.Name)}
	case p.EmployeeNumber == "" && nip != "":
		// Their own record gains the NIP they typed, for the reports.
		p.EmployeeNumber = nip
		if err := st.SaveProfile(p); err != nil {
			return progress.Profile{}, s.saveProblem(err)
		}
	}
	return p, nil
}

// saveProblem is what a learner is told when their record cannot be
// saved.
func (s *Server) saveProblem(err error) *joinProblemMsg {
	if errors.Is(err, progress.ErrInvalid) {
		return &joinProblemMsg{text: s.t.joinInvalid}
	}
	return &joinProblemMsg{text: fmt.Sprintf(s.t.joinFailed, err)}
}

// sameLearnerName compares names as the store keeps them unique.
func sameLearnerName(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// sameNIP compares NIPs ignoring spaces, which people put in different
// places.
func sameNIP(a, b string) bool {
	return strings.ReplaceAll(a, " ", "") == strings.ReplaceAll(b, " ", "")
}

// seatModel is a session's program: the join screen, then the tutor for
// the learner who joined. One program for both, since a second program
// on the same connection would lose keys to the first one's input reader.
type seatModel struct {
	s             *Server
	ls            *learnerSession
	r             *lipgloss.Renderer
	join          joinModel
	tutor         tui.Model
	inTutor       bool
	width, height int
}

// newSeatModel starts a session at the join screen.
func newSeatModel(s *Server, ls *learnerSession, r *lipgloss.Renderer) seatModel {
	find := func(name, nip string) tea.Msg {
		p, problem := s.findLearner(name, nip)
		if problem != nil {
			return *problem
		}
		s.claim(ls, p)
		return joinedMsg{profile: p}
	}
	t := s.t
	return seatModel{s: s, ls: ls, r: r, join: newJoinModel(&t, r, s.cfg.Catalog.Title, find)}
}

// Init implements tea.Model.
func (m seatModel) Init() tea.Cmd { return nil }

// Update implements tea.Model: the join screen's keys until the learner
// is known, then the tutor's.
func (m seatModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case joinedMsg:
		return m.enter(msg.profile)
	case tui.ClosingMsg:
		if !m.inTutor {
			return m, tea.Quit
		}
	}
	if !m.inTutor {
		var cmd tea.Cmd
		m.join, cmd = m.join.update(msg)
		return m, cmd
	}
	return m.toTutor(msg)
}

// toTutor hands msg to the tutor and keeps the result for the final
// writes.
func (m seatModel) toTutor(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.tutor.Update(msg)
	m.tutor = next.(tui.Model)
	m.ls.tutor = m.tutor
	return m, cmd
}

// enter starts the tutor for learner p and seats them in the room.
func (m seatModel) enter(p progress.Profile) (tea.Model, tea.Cmd) {
	m.tutor = tui.New(m.s.sessionDeps(p, m.r))
	m.inTutor = true
	m.ls.tutor, m.ls.hasTutor = m.tutor, true
	m.ls.leave = m.s.cfg.Room.Join(Seat{ID: m.ls.id, Learner: p.ID, Name: p.Name, Send: m.ls.deliver})
	m.s.logf(m.s.t.logJoined, p.Name, remoteIP(m.ls.sess.RemoteAddr()))
	cmds := []tea.Cmd{m.tutor.Init()}
	if m.width > 0 {
		next, cmd := m.toTutor(tea.WindowSizeMsg{Width: m.width, Height: m.height})
		m = next.(seatModel)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// View implements tea.Model.
func (m seatModel) View() string {
	if m.inTutor {
		return m.tutor.View()
	}
	return m.join.view(m.width, m.height)
}
