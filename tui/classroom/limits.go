package classroom

import (
	"net"
	"sync"
	"time"
)

// Limits that keep one PC serving a room: how often a wrong class code may
// be tried, and how many learners may be connected at once.

// Rate limit of the class code per address: maxFails wrong codes within
// failWindow shut the address out for banFor. A room of thirty rarely
// mistypes five times a minute; a script guessing codes is slowed to a
// crawl.
const (
	maxFails   = 5
	failWindow = time.Minute
	banFor     = time.Minute
)

// authLimiter counts wrong class codes per remote IP address.
type authLimiter struct {
	mu   sync.Mutex
	now  func() time.Time
	byIP map[string]*ipRecord
	// pruneAt is the map size that triggers the next prune: doubled when
	// a prune finds every address still recent, so a scan costs little.
	pruneAt int
}

// ipRecord is one address's recent wrong codes and its ban.
type ipRecord struct {
	fails []time.Time
	until time.Time
}

// newAuthLimiter returns a limiter on the clock now.
func newAuthLimiter(now func() time.Time) *authLimiter {
	return &authLimiter{now: now, byIP: map[string]*ipRecord{}, pruneAt: 4096}
}

// allowed reports whether ip may try a code now.
func (l *authLimiter) allowed(ip string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	r := l.byIP[ip]
	return r == nil || !l.now().Before(r.until)
}

// failed records a wrong code from ip; the maxFails-th within failWindow
// bans the address.
func (l *authLimiter) failed(ip string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if len(l.byIP) >= l.pruneAt {
		l.pruneLocked(now) // a scan from many addresses must not grow the map without end
		l.pruneAt = max(4096, 2*len(l.byIP))
	}
	r := l.byIP[ip]
	if r == nil {
		r = &ipRecord{}
		l.byIP[ip] = r
	}
	r.fails = recent(r.fails, now)
	r.fails = append(r.fails, now)
	if len(r.fails) >= maxFails {
		r.until, r.fails = now.Add(banFor), nil
	}
}

// succeeded forgets ip's wrong codes: a learner who mistyped once and then
// got in starts afresh.
func (l *authLimiter) succeeded(ip string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if r := l.byIP[ip]; r != nil && !l.now().Before(r.until) {
		delete(l.byIP, ip)
	}
}

// pruneLocked drops addresses with no recent failure and no ban; l.mu is
// held.
func (l *authLimiter) pruneLocked(now time.Time) {
	for ip, r := range l.byIP {
		if r.fails = recent(r.fails, now); len(r.fails) == 0 && !now.Before(r.until) {
			delete(l.byIP, ip)
		}
	}
}

// recent keeps the failures within failWindow of now.
func recent(fails []time.Time, now time.Time) []time.Time {
	i := 0
	for i < len(fails) && now.Sub(fails[i]) >= failWindow {
		i++
	}
	return fails[i:]
}

// remoteIP is the address part of a remote address: the limiter counts
// per computer, whatever port its client used.
func remoteIP(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// slots counts connected learners against a maximum.
type slots struct {
	mu   sync.Mutex
	max  int
	used int
}

// take claims a slot; false when all are in use.
func (s *slots) take() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.max > 0 && s.used >= s.max {
		return false
	}
	s.used++
	return true
}

// give returns a slot.
func (s *slots) give() {
	s.mu.Lock()
	s.used--
	s.mu.Unlock()
}
