package ui

import (
	"sync"
	"testing"

	"github.com/muesli/termenv"
)

// TestRenderMarkdownShared: many callers at once get the same text as
// RenderMarkdown, and the rendering is made once; another width is
// another rendering.
func TestRenderMarkdownShared(t *testing.T) {
	style := MarkdownStyle{Name: "dark", Profile: termenv.Ascii}
	body := "# Judul\n\nSatu paragraf yang *penting* untuk kelas.\n"
	want, err := RenderMarkdown(style, body, 60)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	renders := 0
	renderOnce = func(s MarkdownStyle, b string, w int) (string, error) {
		mu.Lock()
		renders++
		mu.Unlock()
		return RenderMarkdown(s, b, w)
	}
	defer func() { renderOnce = RenderMarkdown }()
	var wg sync.WaitGroup
	got := make([]string, 30)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], _ = RenderMarkdownShared(style, body, 60)
		}()
	}
	wg.Wait()
	for i, g := range got {
		if g != want {
			t.Fatalf("caller %d got %q, want %q", i, g, want)
		}
	}
	if renders != 1 {
		t.Errorf("30 callers at once made %d renderings, want 1", renders)
	}
	if other, _ := RenderMarkdownShared(style, body, 30); other == want {
		t.Error("another width must be rendered for that width")
	}
}
