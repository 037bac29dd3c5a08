package dev.panel.app.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads an API request's body before Micronaut sees it, up to {@link #LIMIT_BYTES}. Micronaut does not read
 * the body of a request it refuses (401 on a POST), and Jetty then sometimes closed the connection under a
 * keep-alive client, whose next request got no answer at all. A body read in full leaves nothing behind.
 * A body over the limit is refused with 413 and a JSON message, before any work is done.
 */
class BufferedApiBody implements Filter {

    static final int LIMIT_BYTES = 2 * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getContentLengthLong() == 0 || "GET".equals(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (http.getContentLengthLong() > LIMIT_BYTES) {
            refuse((HttpServletResponse) response);
            return;
        }
        byte[] body = readUpTo(http.getInputStream(), LIMIT_BYTES + 1);
        if (body.length > LIMIT_BYTES) {
            refuse((HttpServletResponse) response);
            return;
        }
        chain.doFilter(new Buffered(http, body), response);
    }

    private static byte[] readUpTo(InputStream in, int max) throws IOException {
        return in.readNBytes(max);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setContentType("application/json");
        response.setHeader("Connection", "close");
        response.getOutputStream().write(("{\"error\":\"too_large\",\"message\":\"A request body can be at most "
                + LIMIT_BYTES / (1024 * 1024) + " MB.\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body served from memory, for blocking and non-blocking readers alike. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        if (bytes.available() > 0) {
                            listener.onDataAvailable();
                        }
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    int read = bytes.read(buffer, offset, length);
                    return read;
                }
            };
        }
    }
}
