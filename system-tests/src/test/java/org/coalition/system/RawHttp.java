package org.coalition.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 GET on a connection of its own, read to the end, telling apart a refused connection,
 * a connection dropped before any answer, a truncated answer and a complete one: what a graceful
 * shutdown must get right for the requests it already accepted.
 */
final class RawHttp {

    enum Outcome { COMPLETE, REFUSED, DROPPED_BEFORE_ANSWER, TRUNCATED }

    record Result(Outcome outcome, int status, long sentAtNanos, int bytes) {
    }

    private RawHttp() {
    }

    static Result get(int port, String pathAndQuery, String accept) {
        long sentAt = System.nanoTime();
        Socket socket = new Socket();
        try {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5_000);
        } catch (ConnectException e) {
            return new Result(Outcome.REFUSED, 0, sentAt, 0);
        } catch (IOException e) {
            return new Result(Outcome.REFUSED, 0, sentAt, 0);
        }
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (socket) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: " + accept
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16_384];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                received.write(buffer, 0, read);
            }
        } catch (IOException e) {
            // judged below by what arrived
        }
        return judge(received.toByteArray(), sentAt);
    }

    private static Result judge(byte[] bytes, long sentAt) {
        if (bytes.length == 0) {
            return new Result(Outcome.DROPPED_BEFORE_ANSWER, 0, sentAt, 0);
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headerEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || headerEnd < 0) {
            return new Result(Outcome.TRUNCATED, 0, sentAt, bytes.length);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        String headers = text.substring(0, headerEnd).toLowerCase();
        String body = text.substring(headerEnd + 4);
        boolean complete;
        if (headers.contains("transfer-encoding: chunked")) {
            complete = body.endsWith("0\r\n\r\n");
        } else {
            int at = headers.indexOf("content-length:");
            complete = at < 0 || body.length() == Integer.parseInt(headers.substring(at + 15).split("\r\n")[0].trim());
        }
        return new Result(complete ? Outcome.COMPLETE : Outcome.TRUNCATED, status, sentAt, bytes.length);
    }
}
