package present

import (
	"time"

	"github.com/charmbracelet/bubbles/timer"
	tea "github.com/charmbracelet/bubbletea"
)

// countdown is the optional timer of a question slide, a bubbles timer
// that is shown while it runs and says "time up" once it has run out.
// Every start makes a new timer.Model, whose fresh ID makes the ticks of
// an earlier run (stopped, restarted or on another slide) stale.
type countdown struct {
	clock   timer.Model
	running bool
	expired bool
}

// tickEvery is how often a countdown ticks: a second; tests make it a
// millisecond so a countdown runs out without waiting.
var tickEvery = time.Second

// startCountdown returns a running countdown of seconds ticks and the
// Cmd of its first tick.
func startCountdown(seconds int) (countdown, tea.Cmd) {
	c := countdown{clock: timer.NewWithInterval(time.Duration(seconds)*tickEvery, tickEvery), running: true}
	return c, c.clock.Init()
}

// left is the whole seconds (ticks) still to run, rounded up.
func (c countdown) left() int {
	if !c.running {
		return 0
	}
	return int((c.clock.Timeout + tickEvery - 1) / tickEvery)
}

// tick counts the countdown down by one tick; a tick of another run is
// dropped. At zero the countdown ends and asks for no further tick.
func (c countdown) tick(msg timer.TickMsg) (countdown, tea.Cmd) {
	if !c.running || msg.ID != c.clock.ID() {
		return c, nil
	}
	var cmd tea.Cmd
	c.clock, cmd = c.clock.Update(msg)
	if c.clock.Timedout() {
		return countdown{expired: true}, nil
	}
	return c, cmd
}
