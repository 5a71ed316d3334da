package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui"
	"ajar/tui/classroom"
)

// serveFlags are the flags of `ajar serve`.
type serveFlags struct {
	commonFlags
	addr, classCode, theme string
	maxSessions            int
	idle                   time.Duration
	content                stringList
	noBuiltin, ascii       bool
}

// register adds the flags to fs.
func (f *serveFlags) register(fs *flag.FlagSet) {
	f.commonFlags.register(fs)
	themeFlag(fs, &f.theme)
	fs.StringVar(&f.addr, "addr", ":2222", "`ALAMAT` alamat dan port SSH kelas / `ADDRESS` the class's SSH address and port")
	fs.IntVar(&f.maxSessions, "max-sessions", 60, "`N` pelajar yang boleh tersambung sekaligus / `N` learners who may be connected at once")
	fs.StringVar(&f.classCode, "class-code", "", "`KODE` kode yang diketik pelajar untuk masuk (bawaan: dibuat acak, 6 angka)"+
		" / `CODE` the code learners type to get in (default: made at random, 6 digits)")
	fs.DurationVar(&f.idle, "idle", 30*time.Minute, "`WAKTU` sambungan tanpa kegiatan ditutup setelah waktu ini, mis. 30m; 0 tanpa batas"+
		" / `DURATION` a connection with no activity is closed after this long, e.g. 30m; 0 for never")
	contentFlags(fs, &f.content, &f.noBuiltin)
	fs.BoolVar(&f.ascii, "ascii", false, "konsol pelatih hanya memakai karakter code page 437 (konsol Windows lama)"+
		" / the trainer's console uses code page 437 characters only (old Windows consoles)")
}

// runServe is `ajar serve`: the class over SSH. It opens the progress file
// as the tutor does (one process, one writer: a second start is refused),
// loads the course, starts the server, prints what learners type, runs
// the trainer's console until the class ends (q, Ctrl+C or SIGTERM), then
// ends every session, flushing its saves, and closes the file cleanly.
func runServe(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("ajar serve", stderr)
	var f serveFlags
	f.register(fs)
	if err := fs.Parse(args); err != nil {
		return exitError{code: 2}
	}
	lang, err := f.language()
	if err != nil {
		return err
	}
	md, profile, err := resolveStyle(f.theme, os.Getenv("NO_COLOR") != "")
	if err != nil {
		return err
	}
	if f.maxSessions < 1 {
		return usageError(lang, "ajar: --max-sessions paling sedikit 1", "ajar: --max-sessions must be at least 1")
	}
	if f.idle < 0 {
		return usageError(lang, "ajar: --idle tidak boleh negatif (0: tanpa batas)", "ajar: --idle cannot be negative (0: no limit)")
	}
	if err := checkContentDirs(!f.noBuiltin, f.content); err != nil {
		return err // before the progress file is opened: nothing is created
	}
	catalog, problems, err := loadCatalog(!f.noBuiltin, f.content, lessons.Lang(lang))
	if err != nil {
		return err
	}
	renderer := lipgloss.NewRenderer(os.Stdout)
	renderer.SetColorProfile(profile)
	renderer.SetHasDarkBackground(f.theme != "light")
	st, _, err := openProgress(f.db, false, lang, renderer, false)
	if err != nil {
		return err
	}
	bolt := st.(*progress.BoltStore)
	room := classroom.NewRoom(catalog, time.Now)
	// On a terminal the trainer's console owns the screen; the joined,
	// left and refused lines would break it up, so they go to a log
	// beside the progress file, for the trainer to read afterwards; with
	// no terminal (a service, a test) to stderr.
	console := serveStdin == io.Reader(os.Stdin) && term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd())
	var log io.Writer = stderr
	if console {
		logFile, err := os.OpenFile(filepath.Join(filepath.Dir(bolt.Path()), "ajar-kelas.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			log = io.Discard // the class matters more than its log
		} else {
			defer logFile.Close()
			log = logFile
		}
	}
	srv, err := classroom.Start(classroom.Config{
		Addr:        f.addr,
		HostKeyPath: filepath.Join(filepath.Dir(bolt.Path()), "ajar_kelas_ed25519"),
		ClassCode:   f.classCode,
		MaxSessions: f.maxSessions,
		IdleTimeout: f.idle,
		Catalog:     catalog,
		Store:       st,
		Deps: tui.Deps{Now: time.Now, Lang: lang, Markdown: md, Renderer: renderer, Params: progress.DefaultParams(),
			Problems: problems, Verify: bolt.Verify},
		Room: room,
		// Who joins and leaves, under the instructions; the console shows
		// the room itself.
		Log: log,
	})
	if err != nil {
		st.Close()
		return exitError{code: 1, msg: say(lang, "ajar serve: server kelas tidak dapat dimulai: ", "ajar serve: the class server cannot start: ") + err.Error()}
	}
	printJoinInstructions(stdout, lang, srv, bolt.Path(), console)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if console {
		err = classroom.RunConsole(classroom.ConsoleConfig{Room: room, Catalog: catalog, Lang: lang, Renderer: renderer,
			ASCII: f.ascii, In: os.Stdin, Out: os.Stdout, Join: joinLines(lang, srv)})
		if err != nil {
			fmt.Fprintln(stderr, "ajar serve:", err)
		}
	} else {
		waitForClassEnd(ctx, serveStdin)
	}
	stop()

	fmt.Fprintln(stdout, say(lang, "Menutup kelas: menyimpan jawaban semua pelajar…", "Ending the class: saving every learner's answers…"))
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	shutErr := srv.Shutdown(shutdownCtx)
	if bolt.Verify() == nil {
		sessionBackup(bolt, lang, stderr)
	}
	if err := st.Close(); err != nil {
		return exitError{code: 3, msg: storeMessage(err, bolt.Path(), lang)}
	}
	if shutErr != nil {
		return exitError{code: 1, msg: say(lang, "ajar serve: ada sesi yang tidak selesai tepat waktu: ", "ajar serve: some sessions did not end in time: ") + shutErr.Error()}
	}
	fmt.Fprintln(stdout, say(lang, "Kelas ditutup; semua kemajuan tersimpan di ", "Class ended; all progress is kept in ")+bolt.Path())
	return nil
}

// serveStdin is where the trainer types q; tests replace it.
var serveStdin io.Reader = os.Stdin

// waitForClassEnd blocks until ctx ends (Ctrl+C, SIGTERM) or the trainer
// types q and Enter on in.
func waitForClassEnd(ctx context.Context, in io.Reader) {
	typedQ := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(in)
		for sc.Scan() {
			if strings.EqualFold(strings.TrimSpace(sc.Text()), "q") {
				close(typedQ)
				return
			}
		}
		// stdin closed (run as a service): only a signal ends the class.
	}()
	select {
	case <-ctx.Done():
	case <-typedQ:
	}
}

// joinLines are how learners join, for the console's overview: the ssh
// command for each network of this PC and the class code.
func joinLines(lang tui.Lang, srv *classroom.Server) []string {
	_, port, _ := net.SplitHostPort(srv.Addr())
	var out []string
	for _, h := range joinHosts(srv) {
		out = append(out, sshCommand(port, h))
	}
	return append(out, say(lang, "Kode kelas: ", "Class code: ")+srv.ClassCode())
}

// joinHosts are the addresses learners reach this PC at: the one the
// server listens on, or every LAN address when it listens on all.
func joinHosts(srv *classroom.Server) []string {
	host, _, _ := net.SplitHostPort(srv.Addr())
	if ip := net.ParseIP(host); ip != nil && !ip.IsUnspecified() {
		return []string{host}
	}
	return lanAddresses()
}

// printJoinInstructions says, in the interface language, what learners
// type, the class code and the fingerprint their ssh will show; without
// the console (no terminal), how to end the class.
func printJoinInstructions(w io.Writer, lang tui.Lang, srv *classroom.Server, dbPath string, console bool) {
	_, port, _ := net.SplitHostPort(srv.Addr())
	hosts := joinHosts(srv)
	fmt.Fprintln(w, say(lang, "Kelas ajar berjalan. Pelajar mengetik di terminal mereka (di Windows: PowerShell atau Command Prompt):",
		"The ajar class is running. Learners type in their terminal (on Windows: PowerShell or Command Prompt):"))
	fmt.Fprintln(w)
	for _, h := range hosts {
		fmt.Fprintln(w, "    "+sshCommand(port, h))
	}
	if len(hosts) > 1 {
		fmt.Fprintln(w, say(lang, "(satu baris per jaringan PC ini: pakai alamat jaringan yang sama dengan pelajar)",
			"(one line per network of this PC: use the one on the learners' network)"))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, say(lang, "Kode kelas: ", "Class code: ")+srv.ClassCode())
	fmt.Fprintln(w, say(lang, "Sidik jari kunci server: ", "Server key fingerprint: ")+srv.Fingerprint())
	fmt.Fprintln(w, say(lang, "(ssh menanyakannya pada sambungan pertama: cocokkan, lalu ketik yes)",
		"(ssh asks about it on the first connection: compare, then type yes)"))
	fmt.Fprintln(w, say(lang, "Kemajuan semua pelajar disimpan di ", "Every learner's progress is kept in ")+dbPath)
	if !console {
		fmt.Fprintln(w, say(lang, "Ketik q lalu Enter, atau tekan Ctrl+C, untuk menutup kelas.",
			"Type q and Enter, or press Ctrl+C, to end the class."))
	}
}

// sshCommand is the command a learner types for host and port; port 22
// needs no -p.
func sshCommand(port, host string) string {
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port == "22" {
		return "ssh kelas@" + host
	}
	return "ssh -p " + port + " kelas@" + host
}

// lanAddresses lists this PC's IPv4 addresses on interfaces that are up,
// without loopback unless it is the only one (a PC with no network still
// serves itself, for a trial).
func lanAddresses() []string {
	var out []string
	ifaces, err := net.Interfaces()
	if err != nil {
		return []string{"127.0.0.1"}
	}
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLoopback() {
				out = append(out, n.IP.String())
			}
		}
	}
	if len(out) == 0 {
		return []string{"127.0.0.1"}
	}
	return out
}
