package org.marsad.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.store.Json;

/**
 * A real headless Chromium with one page, driven over the DevTools protocol: navigate, type,
 * click with the mouse, evaluate scripts, take screenshots. The browser is Debian's
 * {@code chromium} (or the one {@code MARSAD_CHROMIUM} names).
 */
final class Browser implements AutoCloseable {
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;
    private static final long WAIT_MS = 15_000;

    private final Process process;
    private final Cdp page;

    private Browser(Process process, Cdp page) {
        this.process = process;
        this.page = page;
    }

    /** The Chromium executable, or null when none is installed. */
    static Path executable() {
        String configured = System.getenv("MARSAD_CHROMIUM");
        for (String candidate : configured != null ? List.of(configured)
                : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            Path p = Path.of(candidate);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static Browser launch(Path executable, Path profile) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-extensions", "--no-first-run",
                "--disable-dev-shm-usage", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=" + WIDTH + "," + HEIGHT, "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling("chromium.log").toFile())
                .start();
        try {
            int port = devToolsPort(profile, process);
            URI page = pageSocket(port);
            Cdp cdp = new Cdp(page);
            Browser b = new Browser(process, cdp);
            cdp.send("Runtime.enable");
            cdp.send("Log.enable");
            cdp.send("Page.enable");
            cdp.send("Emulation.setDeviceMetricsOverride", Json.MAPPER.createObjectNode().put("width", WIDTH)
                    .put("height", HEIGHT).put("deviceScaleFactor", 1).put("mobile", false));
            return b;
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Chromium writes the port it took into DevToolsActivePort in its profile. */
    private static int devToolsPort(Path profile, Process process) throws IOException, InterruptedException {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            if (!process.isAlive()) {
                throw new IOException("chromium exited with status " + process.exitValue() + "; see chromium.log");
            }
            Thread.sleep(100);
        }
        throw new IOException("chromium did not open its DevTools port within 30 s");
    }

    private static URI pageSocket(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : Json.MAPPER.readTree(list.body())) {
                if (target.path("type").asText().equals("page")) {
                    return URI.create(target.path("webSocketDebuggerUrl").asText());
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("chromium has no page to drive");
    }

    /**
     * Goes to a URL and waits until the UI says it is ready. A URL that differs from the current
     * one only in its hash keeps the document, so the old state is marked stale first.
     */
    void open(String url) {
        eval("document.body && (document.body.dataset.state = 'stale')");
        page.send("Page.navigate", Json.MAPPER.createObjectNode().put("url", url));
        waitFor("document.body && document.body.dataset.state === 'ready'", "the page at " + url + " to be ready");
    }

    /** Runs an action that changes the view and waits for the new view to be ready. */
    void andWait(Runnable action, String what) {
        eval("document.body.dataset.state = 'stale'");
        action.run();
        waitFor("document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'", what);
        String state = eval("document.body.dataset.state").asText();
        if (!state.equals("ready")) {
            throw new AssertionError(what + ": the page shows an error: " + eval("document.getElementById('error').textContent"));
        }
    }

    /** The value of a script expression (promises awaited). */
    JsonNode eval(String expression) {
        JsonNode result = page.send("Runtime.evaluate", Json.MAPPER.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("script failed: " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    void waitFor(String condition, String what) {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (eval("!!(" + condition + ")").asBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
        throw new AssertionError("timed out waiting for " + what + "; errors: " + page.errors());
    }

    /** Clicks the middle of the element with the mouse, as a user would. */
    void click(String selector) {
        JsonNode box = eval("(() => { const e = document.querySelector(" + quote(selector) + ");"
                + " if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height}; })()");
        if (box.isNull() || box.path("w").asDouble() == 0) {
            throw new AssertionError("nothing visible to click at " + selector);
        }
        double x = box.path("x").asDouble();
        double y = box.path("y").asDouble();
        mouse("mouseMoved", x, y);
        mouse("mousePressed", x, y);
        mouse("mouseReleased", x, y);
    }

    private void mouse(String type, double x, double y) {
        ObjectNode p = Json.MAPPER.createObjectNode().put("type", type).put("x", x).put("y", y);
        if (!type.equals("mouseMoved")) {
            p.put("button", "left").put("clickCount", 1);
        }
        page.send("Input.dispatchMouseEvent", p);
    }

    /** Focuses a field, clears it and types text into it as keyboard input. */
    void type(String selector, String text) {
        click(selector);
        eval("(() => { const e = document.querySelector(" + quote(selector) + "); e.focus(); e.select && e.select(); })()");
        page.send("Input.dispatchKeyEvent", Json.MAPPER.createObjectNode().put("type", "keyDown").put("key", "Backspace")
                .put("code", "Backspace").put("windowsVirtualKeyCode", 8));
        page.send("Input.dispatchKeyEvent", Json.MAPPER.createObjectNode().put("type", "keyUp").put("key", "Backspace")
                .put("code", "Backspace").put("windowsVirtualKeyCode", 8));
        page.send("Input.insertText", Json.MAPPER.createObjectNode().put("text", text));
    }

    /**
     * Sets the value of a select or date field, the way a change by the user arrives (date fields
     * take keyboard input segment by segment, which says nothing about the page).
     */
    void choose(String selector, String value) {
        eval("(() => { const e = document.querySelector(" + quote(selector) + "); e.value = " + quote(value) + ";"
                + " e.dispatchEvent(new Event('change', {bubbles: true})); })()");
    }

    void screenshot(Path file) throws IOException {
        JsonNode shot = page.send("Page.captureScreenshot", Json.MAPPER.createObjectNode().put("format", "png"));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    List<String> errors() {
        return page.errors();
    }

    static String quote(String s) {
        return Json.MAPPER.valueToTree(s).toString();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            page.send("Browser.close");
        } catch (RuntimeException e) {
            // closing anyway below
        }
        page.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
