package org.coalition.gateway.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving downstream that speaks raw TCP: it reads a request's head and then either answers
 * with bytes that are not HTTP, or (every other connection, when flaky) hangs up without a word.
 */
public final class RawSocketService {

    public enum Behaviour { GARBAGE, HANG_UP_EVERY_OTHER }

    private final ServerSocket socket;
    private final Behaviour behaviour;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    public RawSocketService(Behaviour behaviour) {
        this.behaviour = behaviour;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        acceptor = new Thread(this::acceptLoop, "raw-socket-service-" + behaviour);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    public void resetConnections() {
        connections.set(0);
    }

    public void stop() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a listener that is going away anyway
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                int number = connections.incrementAndGet();
                readHead(client.getInputStream());
                OutputStream out = client.getOutputStream();
                if (behaviour == Behaviour.GARBAGE) {
                    out.write("THIS IS NOT HTTP\r\n\u0000\u0001\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } else if (number % 2 == 0) {
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 17\r\n"
                            + "Connection: close\r\n\r\n{\"attempt\":\"ok\"}\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int next;
        while (matched < 4 && (next = in.read()) != -1) {
            head.write(next);
            matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
        }
    }
}
