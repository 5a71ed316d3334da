package tui

import (
	"errors"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// profilesKeyMap holds the learner picker's bindings.
type profilesKeyMap struct {
	Up, Down, Choose, New, Edit, Delete, Back key.Binding
	NextField, Save, Cancel, Yes, No          key.Binding
	Mine, NotMine                             key.Binding
}

// defaultProfilesKeys returns the picker bindings with help in language t.
func defaultProfilesKeys(t *texts) profilesKeyMap {
	return profilesKeyMap{
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.keyUp)),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.keyDown)),
		Choose:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyPickLearner)),
		New:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", t.keyNewProfile)),
		Edit:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", t.keyEditProfile)),
		Delete:    key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", t.keyDeleteProfile)),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.keyBack)),
		NextField: key.NewBinding(key.WithKeys("tab", "shift+tab", "down", "up"), key.WithHelp("tab", t.keyNextField)),
		Save:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keySave)),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.keyCancel)),
		Yes:       key.NewBinding(key.WithKeys("y"), key.WithHelp("y", t.keyYesDelete)),
		No:        key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", t.keyCancel)),
		Mine:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", t.keyMine)),
		NotMine:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", t.keyNotMine)),
	}
}

// ShortHelp implements help.KeyMap.
func (k profilesKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Choose, k.New, k.Edit, k.Delete, k.Back, k.NextField, k.Save, k.Cancel, k.Yes, k.No, k.Mine, k.NotMine}
}

// FullHelp implements help.KeyMap.
func (k profilesKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Choose}, {k.New, k.Edit, k.Delete, k.Back}, {k.NextField, k.Save, k.Cancel, k.Yes, k.No, k.Mine, k.NotMine}}
}

// profilesMode is what the picker is doing.
type profilesMode int

const (
	modeList    profilesMode = iota // choosing a learner
	modeForm                        // creating or editing one
	modeConfirm                     // asking before a delete
	modeWhose                       // asking whether the unnamed progress is the new learner's
)

// profilesModel is "Siapa yang belajar?": learners sharing a PC pick
// themselves, add a learner, rename one, or delete one after confirming.
// It asks the root to save; it never holds the store. The first learner,
// who has no name until they give one, is in profilesfirst.go.
type profilesModel struct {
	t    *texts
	st   *styles
	keys profilesKeyMap
	now  func() time.Time

	list    []progress.Profile
	active  string // the profile in use, "" before one is chosen
	cursor  int
	mode    profilesMode
	editing string // id of the profile in the form; "" for a new one
	// claim is set while the form names the unnamed first learner for
	// the person at the keyboard, who then learns as them.
	claim bool
	// activeProgress says whether the active learner has progress; the
	// root knows, and the list may not show it yet (see unnamedFirst).
	activeProgress bool
	// name and nip are held by pointer: the picker is copied on every key.
	name    *textinput.Model
	nip     *textinput.Model
	field   int    // 0 name, 1 employee number
	problem string // why the form cannot be saved yet

	width, height int
}

// newProfilesModel builds the picker.
func newProfilesModel(t *texts, st *styles, now func() time.Time) profilesModel {
	in := func(placeholder string, limit int) *textinput.Model {
		ti := textField(st, limit)
		ti.Placeholder = placeholder
		return ti
	}
	return profilesModel{t: t, st: st, keys: defaultProfilesKeys(t), now: now,
		name: in(t.profileNameHint, 80), nip: in(t.profileNIPHint, 30)}
}

// withProfiles shows the stored learners with the active one selected.
func (m profilesModel) withProfiles(list []progress.Profile, active string) profilesModel {
	m.list, m.active = list, active
	m.cursor = 0
	for i, p := range list {
		if p.ID == active {
			m.cursor = i
		}
	}
	if len(list) == 0 {
		m, _ = m.newLearner()
	}
	return m
}

// setSize tells the screen how much room it has.
func (m profilesModel) setSize(w, h int) profilesModel {
	m.width, m.height = w, h
	m.name.Width, m.nip.Width = min(w-20, 40), min(w-20, 30)
	return m
}

// inputFocused reports whether keys go to a text field.
func (m profilesModel) inputFocused() bool { return m.mode == modeForm }

// openForm starts creating (zero profile) or editing a learner.
func (m profilesModel) openForm(p progress.Profile) profilesModel {
	m.mode, m.editing, m.field, m.problem, m.claim = modeForm, p.ID, 0, "", false
	if p.Unnamed() {
		p.Name = "" // "default" is no name to edit
	}
	m.name.SetValue(p.Name)
	m.nip.SetValue(p.EmployeeNumber)
	m.name.Focus()
	m.nip.Blur()
	return m
}

// Update handles keys in the current mode; text fields get the rest.
func (m profilesModel) Update(msg tea.Msg) (profilesModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	switch m.mode {
	case modeForm:
		return m.handleFormKey(k)
	case modeConfirm:
		return m.handleConfirmKey(k)
	case modeWhose:
		return m.handleWhoseKey(k)
	}
	return m.handleListKey(k)
}

// handleListKey moves, chooses, or opens the form or the confirmation.
func (m profilesModel) handleListKey(k tea.KeyMsg) (profilesModel, tea.Cmd) {
	switch {
	case key.Matches(k, m.keys.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(k, m.keys.Down):
		m.cursor = min(m.cursor+1, max(len(m.list)-1, 0))
	case key.Matches(k, m.keys.Choose) && len(m.list) > 0:
		return m, emit(chooseProfileMsg{profile: m.list[m.cursor]})
	case key.Matches(k, m.keys.New):
		return m.newLearner()
	case key.Matches(k, m.keys.Edit) && len(m.list) > 0:
		return m.openForm(m.list[m.cursor]), nil
	case key.Matches(k, m.keys.Delete) && len(m.list) > 0:
		m.mode = modeConfirm
	case key.Matches(k, m.keys.Back) && m.active != "":
		return m, emit(backMsg{})
	}
	return m, nil
}

// handleFormKey edits the fields and saves a valid learner.
func (m profilesModel) handleFormKey(k tea.KeyMsg) (profilesModel, tea.Cmd) {
	switch {
	case key.Matches(k, m.keys.Cancel):
		return m.cancel()
	case key.Matches(k, m.keys.NextField):
		m.field = 1 - m.field
		if m.field == 0 {
			m.name.Focus()
			m.nip.Blur()
		} else {
			m.nip.Focus()
			m.name.Blur()
		}
		return m, nil
	case key.Matches(k, m.keys.Save):
		return m.save()
	}
	var cmd tea.Cmd
	if m.field == 0 {
		*m.name, cmd = m.name.Update(k)
	} else {
		*m.nip, cmd = m.nip.Update(k)
	}
	m.problem = ""
	return m, cmd
}

// cancel leaves the form or the question: to the list, or with nothing to
// list, back to the course map it was opened from.
func (m profilesModel) cancel() (profilesModel, tea.Cmd) {
	if len(m.list) == 0 {
		if m.active != "" { // opened from the course map: nothing to list, so back there
			m.mode = modeList
			return m, emit(backMsg{})
		}
		return m, nil // the first learner must be created
	}
	m.mode = modeList
	return m, nil
}

// save checks the form and asks the root to store the learner. The store
// checks again; this gives the learner the reason before any disk work.
func (m profilesModel) save() (profilesModel, tea.Cmd) {
	name := strings.Join(strings.Fields(m.name.Value()), " ")
	nip := strings.TrimSpace(m.nip.Value())
	switch {
	case name == "":
		m.problem = m.t.profileNeedName
		return m, nil
	case strings.Trim(nip, "0123456789 ") != "":
		m.problem = m.t.profileBadNIP
		return m, nil
	}
	// The name is taken if it finds another learner, as --profile would,
	// or several (then one of them is another).
	if p, err := progress.FindProfile(m.list, name, ""); err == nil && p.ID != m.editing || errors.Is(err, progress.ErrSameName) {
		m.problem = m.t.profileNameTaken
		return m, nil
	}
	p := progress.Profile{ID: m.editing, Name: name, EmployeeNumber: nip}
	for _, old := range m.list {
		if old.ID == m.editing {
			p.Created = old.Created
		}
	}
	if p.ID == "" {
		p.ID = progress.NewProfileID()
	}
	if p.Created.IsZero() {
		p.Created = m.now() // a new learner, or the first one named now
	}
	m.mode = modeList
	return m, emit(saveProfileMsg{profile: p, choose: m.editing == "" || m.claim})
}

// handleConfirmKey deletes after an explicit y.
func (m profilesModel) handleConfirmKey(k tea.KeyMsg) (profilesModel, tea.Cmd) {
	switch {
	case key.Matches(k, m.keys.Yes):
		m.mode = modeList
		return m, emit(deleteProfileMsg{id: m.list[m.cursor].ID})
	case key.Matches(k, m.keys.No):
		m.mode = modeList
	}
	return m, nil
}

// helpKeys enables the bindings of the current mode.
func (m profilesModel) helpKeys() profilesKeyMap {
	k := m.keys
	list, form, confirm, whose := m.mode == modeList, m.mode == modeForm, m.mode == modeConfirm, m.mode == modeWhose
	some := len(m.list) > 0
	for b, on := range map[*key.Binding]bool{
		&k.Up: list && len(m.list) > 1, &k.Down: list && len(m.list) > 1, &k.Choose: list && some, &k.New: list,
		&k.Edit: list && some, &k.Delete: list && some, &k.Back: list && m.active != "",
		&k.NextField: form, &k.Save: form, &k.Cancel: (form || whose) && (some || m.active != ""), &k.Yes: confirm, &k.No: confirm,
		&k.Mine: whose, &k.NotMine: whose,
	} {
		b.SetEnabled(on)
	}
	return k
}
