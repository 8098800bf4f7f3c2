package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds a Chromium or Chrome to drive, or "".
func chromiumPath() string {
	if p := os.Getenv("NDSIMD_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestPlayInBrowser drives headless Chromium against "ndsimd play": the
// WebAssembly starts, ?s=3,1&s=4 shows the result (3,4) and its values,
// ?s=2,3&s=4 shows NumPy's error, and shapes typed into the form update the
// page. It saves a screenshot into $NDSIMD_PLAY_SCREENSHOT (a PNG file) or
// the test's temporary directory. Without a Chromium it skips, unless CI is
// set: then it fails, since .ci/run installs one.
func TestPlayInBrowser(t *testing.T) {
	exe := chromiumPath()
	if exe == "" {
		if ci := os.Getenv("CI"); ci != "" && ci != "false" && ci != "0" {
			t.Fatal("no chromium installed, and CI is set: .ci/run installs Debian's chromium")
		}
		t.Skip("no chromium installed (apt-get install chromium, or set NDSIMD_CHROMIUM): skipping the browser test")
	}
	base := startPlay(t)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox, // root in containers and CI
		chromedp.DisableGPU,
		chromedp.WindowSize(1200, 1100),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(ctx)
	defer cancelTab()

	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}
	// load opens a URL and waits until ndsimd's WebAssembly has answered.
	load := func(query string) {
		t.Helper()
		err := chromedp.Do(ctx,
			chromedp.Navigate(base+query),
			chromedp.Poll[chromedp.Void](`document.body.dataset.ready === "1" && document.body.dataset.state !== undefined`,
				chromedp.WithPollingTimeout(30*time.Second)),
		)
		if err != nil {
			t.Fatalf("loading %s: %v", query, err)
		}
	}

	t0 := time.Now()
	load("?s=3,1&s=4")
	t.Logf("page and WebAssembly ready in %v", time.Since(t0).Round(time.Millisecond))
	if got := text("#result-shape"); got != "Result shape: (3,4)" {
		t.Errorf("result shape %q, want %q", got, "Result shape: (3,4)")
	}
	// np.arange(3).reshape(3,1) + np.arange(4), as NumPy prints it.
	if got, want := text("#result"), "array([[0, 1, 2, 3],\n       [1, 2, 3, 4],\n       [2, 3, 4, 5]])"; got != want {
		t.Errorf("result\n%s\nwant\n%s", got, want)
	}
	if got := text("#explanation"); !strings.Contains(got, "Step 3. Every axis is compatible. Result shape: (3,4)") {
		t.Errorf("explanation lacks the result shape:\n%s", got)
	}
	cells, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#picture svg rect.cell, #picture svg rect.cell.copy").length`))
	if err != nil || cells != 3*4*3 {
		t.Errorf("the picture has %d cells (%v), want 36", cells, err)
	}

	// The screenshot, of ?s=3,1&s=4.
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	file := os.Getenv("NDSIMD_PLAY_SCREENSHOT")
	if file == "" {
		file = filepath.Join(t.TempDir(), "play.png")
	}
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", file, len(png))

	load("?s=2,3&s=4")
	if got, want := text("#error"), "ValueError: operands could not be broadcast together with shapes (2,3) (4,)"; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
	if got := text("#result-shape"); got != "" {
		t.Errorf("a result shape %q for shapes that do not broadcast", got)
	}
	// SVG text has no innerText: read its textContent.
	svgErr, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#picture svg text.error").textContent`))
	if err != nil || !strings.Contains(svgErr, "could not be broadcast together with shapes (2,3) (4,)") {
		t.Errorf("the picture's error line is %q (%v)", svgErr, err)
	}

	// Clear the form, type new shapes and values, and press Show.
	_, err = chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll(".operand-row input").forEach((e) => { e.value = ""; })`))
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS(".operand-row:nth-child(1) .shape"), "2,1"),
		chromedp.SendKeys(chromedp.CSS(".operand-row:nth-child(1) .values"), "10 20"),
		chromedp.SendKeys(chromedp.CSS(".operand-row:nth-child(2) .shape"), "3"),
		chromedp.Click(chromedp.CSS("#show")),
		chromedp.Poll[chromedp.Void](`document.querySelector("#result-shape").textContent === "Result shape: (2,3)"`,
			chromedp.WithPollingTimeout(10*time.Second)),
	)
	if err != nil {
		form, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify(request())`))
		t.Fatalf("typing shapes: %v (form %s, result shape %q, error %q)", err, form, text("#result-shape"), text("#error"))
	}
	if got, want := text("#result"), "array([[10, 11, 12],\n       [20, 21, 22]])"; got != want {
		t.Errorf("after typing: result\n%s\nwant\n%s", got, want)
	}
	if got := text("#error"); got != "" {
		t.Errorf("after typing: error %q", got)
	}
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "s=2%2C1&s=3") {
		t.Errorf("the address is %q (%v), want the typed shapes in it", loc, err)
	}

	t.Logf("the whole test took %v", time.Since(t0).Round(time.Millisecond))
}
