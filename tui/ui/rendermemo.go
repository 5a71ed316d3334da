package ui

import "sync"

// maxMemo bounds the shared renders kept: a course's lessons at the few
// widths a room's windows have. Past it the memo starts afresh rather
// than grow for a server that runs all week.
const maxMemo = 512

// memoKey is one rendering: the same style, text and width always give
// the same output.
type memoKey struct {
	style MarkdownStyle
	body  string
	width int
}

// memoEntry is a rendering done or under way; ready is closed once text
// and err are set.
type memoEntry struct {
	ready chan struct{}
	text  string
	err   error
}

// renderMemo is the process's renderings, shared by every program in it.
var renderMemo = struct {
	sync.Mutex
	done map[memoKey]*memoEntry
}{done: map[memoKey]*memoEntry{}}

// renderOnce is RenderMarkdown; tests count the renderings through it.
var renderOnce = RenderMarkdown

// RenderMarkdownShared is RenderMarkdown done once per process for the
// same style, text and width: in a class (ajar serve) thirty learners who
// open the same lesson at once wait for one rendering instead of thirty
// competing for the CPU (a glamour rendering takes tens of milliseconds).
// Callers who ask while it is under way wait for it. Safe for concurrent
// use; call it off the UI loop, as RenderMarkdown.
func RenderMarkdownShared(style MarkdownStyle, body string, width int) (string, error) {
	k := memoKey{style, body, width}
	renderMemo.Lock()
	e, ok := renderMemo.done[k]
	if !ok {
		if len(renderMemo.done) >= maxMemo {
			renderMemo.done = map[memoKey]*memoEntry{}
		}
		e = &memoEntry{ready: make(chan struct{})}
		renderMemo.done[k] = e
	}
	renderMemo.Unlock()
	if ok {
		<-e.ready
		return e.text, e.err
	}
	e.text, e.err = renderOnce(style, body, width)
	close(e.ready)
	return e.text, e.err
}
