package report

import (
	"testing"

	"ajar/progress/report/reporttest"
)

// testEnv is a fixed report environment on the PC "PC-DIKLAT-01", as the
// ajar command's golden reports are made in.
func testEnv(t *testing.T) Env {
	return Env{Now: reporttest.Now, Hostname: "PC-DIKLAT-01", Loc: reporttest.Zone, Catalog: reporttest.Catalog(t), CourseID: "kursus-uji"}
}

// mustDo fails the test on an error.
func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
