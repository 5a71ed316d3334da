package classroom

import (
	"net"
	"testing"
	"time"
)

// TestAuthLimiter: five wrong codes within a minute shut an address out
// for a minute, other addresses go on, and the ban ends.
func TestAuthLimiter(t *testing.T) {
	now := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	l := newAuthLimiter(func() time.Time { return now })
	for i := range maxFails - 1 {
		l.failed("10.0.0.7")
		now = now.Add(time.Second)
		if !l.allowed("10.0.0.7") {
			t.Fatalf("banned after %d wrong codes", i+1)
		}
	}
	l.failed("10.0.0.7")
	if l.allowed("10.0.0.7") {
		t.Fatal("not banned after 5 wrong codes in a minute")
	}
	if !l.allowed("10.0.0.8") {
		t.Error("another PC is banned too")
	}
	l.succeeded("10.0.0.7") // a right code during the ban does not lift it
	now = now.Add(banFor - time.Second)
	if l.allowed("10.0.0.7") {
		t.Error("ban ended early")
	}
	now = now.Add(time.Second)
	if !l.allowed("10.0.0.7") {
		t.Error("ban did not end after a minute")
	}
}

// TestAuthLimiterWindow: wrong codes spread over more than a minute never
// add up to a ban.
func TestAuthLimiterWindow(t *testing.T) {
	now := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	l := newAuthLimiter(func() time.Time { return now })
	for range 3 * maxFails {
		l.failed("10.0.0.7")
		now = now.Add(failWindow / (maxFails - 1))
		if !l.allowed("10.0.0.7") {
			t.Fatal("banned for wrong codes spread over minutes")
		}
	}
}

// TestAuthLimiterPrunes: the map of addresses does not grow without end.
func TestAuthLimiterPrunes(t *testing.T) {
	now := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	l := newAuthLimiter(func() time.Time { return now })
	for i := range 5000 {
		l.failed(net.IPv4(10, byte(i>>16), byte(i>>8), byte(i)).String())
	}
	now = now.Add(2 * failWindow)
	for i := range 5000 {
		l.failed(net.IPv4(11, byte(i>>16), byte(i>>8), byte(i)).String())
	}
	if n := len(l.byIP); n > 8192 {
		t.Errorf("%d addresses kept: the old ones were never pruned", n)
	}
}

// TestSlots: no more than max are taken; a given slot can be taken again.
func TestSlots(t *testing.T) {
	s := slots{max: 2}
	if !s.take() || !s.take() {
		t.Fatal("could not take 2 of 2")
	}
	if s.take() {
		t.Fatal("took a third of 2")
	}
	s.give()
	if !s.take() {
		t.Fatal("a slot given back could not be taken")
	}
}

// TestRemoteIP: the limiter counts per address, whatever the port.
func TestRemoteIP(t *testing.T) {
	a := &net.TCPAddr{IP: net.IPv4(192, 168, 1, 20), Port: 50123}
	b := &net.TCPAddr{IP: net.IPv4(192, 168, 1, 20), Port: 50999}
	if remoteIP(a) != remoteIP(b) || remoteIP(a) != "192.168.1.20" {
		t.Errorf("remoteIP: %s and %s", remoteIP(a), remoteIP(b))
	}
}
