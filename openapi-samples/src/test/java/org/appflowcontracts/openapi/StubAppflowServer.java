package org.appflowcontracts.openapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.ValidationReport;

/**
 * A stand-in AppFlow endpoint on 127.0.0.1 for contract tests: it records each request's method, path and query,
 * checks CreateFlow bodies with the validator, and answers as the exported document says AppFlow answers — the
 * CreateFlowResponse on success, a ValidationException (400) naming the failed rules otherwise.
 */
final class StubAppflowServer implements AutoCloseable {

    record Seen(String method, String path, String query) {
    }

    private final HttpServer server;
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

    StubAppflowServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        seen.add(new Seen(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery()));
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (exchange.getRequestMethod().equals("POST") && path.equals("/create-flow")) {
            createFlow(exchange, body);
        } else if (exchange.getRequestMethod().equals("DELETE") && path.startsWith("/tags/")) {
            answer(exchange, 200, "{}");
        } else {
            answer(exchange, 404, "{\"message\": \"no such operation: " + exchange.getRequestMethod() + " " + path
                    + "\"}");
        }
    }

    private void createFlow(HttpExchange exchange, byte[] body) throws IOException {
        ValidationReport report;
        try {
            report = ContractValidator.forOperation("CreateFlow").validate(body, "request body");
        } catch (Exception e) {
            answer(exchange, 400, "{\"message\": \"unreadable body\"}");
            return;
        }
        String errors = report.violations().stream().filter(v -> v.severity() == Severity.ERROR)
                .map(v -> v.ruleId()).distinct().sorted().collect(Collectors.joining(", "));
        if (errors.isEmpty()) {
            answer(exchange, 200, "{\"flowArn\": \"arn:aws:appflow:us-east-1:123456789012:flow/stub\", "
                    + "\"flowStatus\": \"Active\"}");
        } else {
            answer(exchange, 400, "{\"message\": \"" + errors + "\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
