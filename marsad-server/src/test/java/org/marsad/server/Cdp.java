package org.marsad.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.store.Json;

/**
 * A minimal Chrome DevTools protocol client over the JDK's WebSocket: sends commands to one page
 * and keeps the page's script errors (uncaught exceptions, console errors, security reports).
 */
final class Cdp implements AutoCloseable {
    private static final long TIMEOUT_S = 30;

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    Cdp(URI page) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(page, new Listener()).orTimeout(TIMEOUT_S, TimeUnit.SECONDS).join();
    }

    /** Sends a command and waits for its result; a protocol error fails the test. */
    JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = Json.MAPPER.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? Json.MAPPER.createObjectNode() : params);
        socket.sendText(message.toString(), true).join();
        JsonNode reply = answer.orTimeout(TIMEOUT_S, TimeUnit.SECONDS).join();
        if (reply.has("error")) {
            throw new AssertionError(method + " failed: " + reply.get("error"));
        }
        return reply.get("result");
    }

    JsonNode send(String method) {
        return send(method, null);
    }

    /** Script errors the page has had so far. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    private void received(String text) {
        JsonNode message = parse(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        JsonNode params = message.path("params");
        switch (message.path("method").asText()) {
            case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails")
                    .path("exception").path("description").asText(params.path("exceptionDetails").path("text").asText()));
            case "Runtime.consoleAPICalled" -> {
                if (params.path("type").asText().equals("error")) {
                    errors.add("console.error: " + params.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                // failed requests are the tests' business (they ask for missing things on purpose)
                if (entry.path("level").asText().equals("error") && !entry.path("source").asText().equals("network")) {
                    errors.add(entry.path("source").asText() + ": " + entry.path("text").asText());
                }
            }
            default -> {
                // other events are not needed
            }
        }
    }

    private static JsonNode parse(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("bad DevTools message: " + text, e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                received(text);
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
