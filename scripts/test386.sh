#!/usr/bin/env bash
# Runs the unit tests as the 32-bit Windows build's code runs them: compiled
# for GOARCH=386 and executed under qemu-i386 (user mode), since the
# kernels ajar is developed on do not run 386 binaries themselves.
#
# qemu-user does not emulate everything the Go runtime does with signals
# and threads: with asynchronous preemption on, or several threads, the
# runtime itself sometimes dies ("fatal error: unexpected signal", "morestack
# on g0") before or between tests. So the tests run with one thread and no
# asynchronous preemption, and a package whose run ends in such a runtime
# crash (not a failed test) is run again, up to three times. A failed test
# ("--- FAIL") fails at once. Tests that need what qemu-user cannot do
# (FIFOs and device files, a pseudo-terminal, running a child process,
# memory faults turned into panics on damaged files) are skipped here;
# they run natively in go test ./....
set -uo pipefail
cd "$(dirname "$0")/.."
command -v qemu-i386 >/dev/null || { echo "qemu-i386 not found (Debian: apt-get install qemu-user)"; exit 1; }
skip='TestDirSourceSkipsSpecialFiles|TestUnknownCommandSuggestsAndCreatesNothing|TestTutorErrorsCreateNothing|TestNoTerminal|TestSubcommandsNeedNoTerminal|TestNoQuery|TestWideTextUnderEastAsianWidths|TestRandomDamageNeverCrashes'
status=0
for pkg in . ./content ./lessons ./lessons/gift ./progress ./progress/report ./tui ./tui/input ./tui/lang ./tui/plain ./tui/present ./tui/ui; do
  for try in 1 2 3; do
    out=$(GOARCH=386 GODEBUG=asyncpreemptoff=1 go test -count=1 -exec "env GOMAXPROCS=1 AJAR_QEMU=1 qemu-i386" -skip "$skip" "$pkg" 2>&1)
    if grep -q '^ok' <<<"$out"; then
      echo "$out" | grep '^ok'; break
    fi
    if grep -q -- '--- FAIL' <<<"$out" || [ "$try" = 3 ]; then
      echo "$out" | tail -40; status=1; break
    fi
    echo "$pkg: qemu-i386 crashed the Go runtime (try $try); running it again"
  done
done
exit $status
