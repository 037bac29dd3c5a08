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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads an API request's body before Micronaut sees it, up to {@link #LIMIT_BYTES}. Micronaut does not read
 * the body of a request it refuses (401 on a POST), and Jetty then sometimes closed the connection under a
 * keep-alive client, whose next request got no answer at all. A body read in full leaves nothing behind.
 * A body over the limit is refused with 413 and a JSON message, before any work is done. File uploads
 * ({@link #UPLOADS}) may be up to {@link #UPLOAD_LIMIT_BYTES}; past {@link #LIMIT_BYTES} they wait in a
 * temporary file, deleted as soon as it is open, rather than in memory.
 */
class BufferedApiBody implements Filter {

    static final int LIMIT_BYTES = 2 * 1024 * 1024;
    static final long UPLOAD_LIMIT_BYTES = 256L * 1024 * 1024;
    static final Set<String> UPLOADS = Set.of("/api/ratings/import");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getContentLengthLong() == 0 || "GET".equals(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        boolean upload = UPLOADS.contains(http.getRequestURI());
        long limit = upload ? UPLOAD_LIMIT_BYTES : LIMIT_BYTES;
        if (http.getContentLengthLong() > limit) {
            refuse((HttpServletResponse) response, limit);
            return;
        }
        byte[] body = readUpTo(http.getInputStream(), LIMIT_BYTES + 1);
        if (body.length <= LIMIT_BYTES) {
            chain.doFilter(new Buffered(http, () -> new ByteArrayInputStream(body), body.length), response);
            return;
        }
        if (!upload) {
            refuse((HttpServletResponse) response, limit);
            return;
        }
        Path spool = Files.createTempFile("panel-upload-", ".body");
        InputStream spooled;
        long length;
        try {
            try (OutputStream out = Files.newOutputStream(spool)) {
                out.write(body);
                length = body.length + copyUpTo(http.getInputStream(), out, limit - body.length + 1);
            }
            spooled = Files.newInputStream(spool);
        } finally {
            Files.deleteIfExists(spool);
        }
        if (length > limit) {
            spooled.close();
            refuse((HttpServletResponse) response, limit);
            return;
        }
        chain.doFilter(new Buffered(http, () -> spooled, length), response);
    }

    private static byte[] readUpTo(InputStream in, int max) throws IOException {
        return in.readNBytes(max);
    }

    private static long copyUpTo(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        for (int read = in.read(buffer); read >= 0 && copied < max; read = in.read(buffer)) {
            out.write(buffer, 0, read);
            copied += read;
        }
        return copied;
    }

    private static void refuse(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(413);
        response.setContentType("application/json");
        response.setHeader("Connection", "close");
        response.getOutputStream().write(("{\"error\":\"too_large\",\"message\":\"A request body can be at most "
                + limit / (1024 * 1024) + " MB.\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body served from memory or a spooled file, for blocking and non-blocking readers alike. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final Supplier<InputStream> body;
        private final long length;

        Buffered(HttpServletRequest request, Supplier<InputStream> body, long length) {
            super(request);
            this.body = body;
            this.length = length;
        }

        @Override
        public int getContentLength() {
            return length > Integer.MAX_VALUE ? -1 : (int) length;
        }

        @Override
        public long getContentLengthLong() {
            return length;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream bytes = body.get();
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    try {
                        return bytes.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
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
                public int read() throws IOException {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public void close() throws IOException {
                    bytes.close();
                }
            };
        }
    }
}
