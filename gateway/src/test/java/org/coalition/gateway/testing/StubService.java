package org.coalition.gateway.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A downstream service stand-in on a random loopback port. It answers every request with a JSON
 * echo of what reached it (so a test sees exactly what the gateway forwarded), and a few paths
 * behave like a real service would: a created resource with absolute links, a large CSV export, a
 * slow answer, an internal endpoint.
 */
public final class StubService {

    public static final int CSV_ROWS = 100_000;
    /** About 300 bytes a row: the export is some 30 MB. */
    static final String CSV_FILLER = "x".repeat(260);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final HttpServer server;
    private final AtomicInteger internalHits = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile long delayMillis;
    private volatile CountDownLatch csvResume = new CountDownLatch(0);
    private final AtomicBoolean csvFinished = new AtomicBoolean();

    public StubService(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    public void delay(long millis) {
        this.delayMillis = millis;
    }

    public int internalHits() {
        return internalHits.get();
    }

    public int requests() {
        return requests.get();
    }

    /** Makes the next CSV export stop half-way until {@link #resumeCsv()} is called. */
    public void holdCsvHalfWay() {
        csvFinished.set(false);
        csvResume = new CountDownLatch(1);
    }

    public void resumeCsv() {
        csvResume.countDown();
    }

    public boolean csvFinished() {
        return csvFinished.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.startsWith("/q/")) {
                internalHits.incrementAndGet();
                respond(exchange, 200, "text/plain", "internal endpoint of " + name);
                return;
            }
            if (delayMillis > 0) {
                sleep(delayMillis);
            }
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            if (accept != null && accept.contains("text/csv")) {
                streamCsv(exchange);
                return;
            }
            if (rawPath.endsWith("/created")) {
                exchange.getResponseHeaders().add("Location", url() + "/v1/partners/0191e0b6-7c2a-7000-8000-000000000001");
                exchange.getResponseHeaders().add("ETag", "\"7\"");
                exchange.getResponseHeaders().add("Link", "<" + url() + "/v1/partners?cursor=abc>; rel=\"next\"");
                exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=downstream");
                exchange.getResponseHeaders().add("X-Request-Id", "downstream-own-id");
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
                respond(exchange, 201, "application/json", echo(exchange));
                return;
            }
            respond(exchange, 200, "application/json", echo(exchange));
        }
    }

    private String echo(HttpExchange exchange) throws IOException {
        long bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.transferTo(OutputStream.nullOutputStream());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(Locale.ROOT), String.join(",", values)));
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("service", name);
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", exchange.getRequestURI().getRawPath());
        echo.put("query", exchange.getRequestURI().getRawQuery());
        echo.put("headers", headers);
        echo.put("bodyBytes", bodyBytes);
        // Repeated so that the echo is large enough to be worth compressing.
        echo.put("padding", "coalition ".repeat(200));
        return JSON.writeValueAsString(echo);
    }

    private void streamCsv(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("id,name,filler\n".getBytes(StandardCharsets.UTF_8));
            for (int row = 0; row < CSV_ROWS; row++) {
                out.write((row + ",Partner " + row + "," + CSV_FILLER + "\n").getBytes(StandardCharsets.UTF_8));
                if (row == CSV_ROWS / 2) {
                    out.flush();
                    awaitResume();
                }
            }
        }
        csvFinished.set(true);
    }

    private void awaitResume() {
        try {
            csvResume.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, "HEAD".equals(exchange.getRequestMethod()) ? -1 : bytes.length);
        if (!"HEAD".equals(exchange.getRequestMethod())) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
