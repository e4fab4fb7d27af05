package th.go.phuket.planning.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds back the body of a JSON or plain-text answer whose status is 400 or more, so {@link EngineErrorFilter} can
 * rewrite it; any other answer goes straight to the client. The status and content type are set before the body
 * is written (Jersey and Spring both do), so the choice is made at the first write. An asynchronous answer (engine
 * REST's long-polling fetch-and-lock) is written after the filter has returned, so it is never held back.
 */
final class ErrorAnswerCapture extends HttpServletResponseWrapper {

    /** The answer to send instead: its status and JSON body. */
    record Answer(int status, byte[] body) {
    }

    /** Rewrites a held-back body. */
    interface Rewrite {
        Answer apply(int status, byte[] body);
    }

    private final HttpServletRequest request;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean holding;

    ErrorAnswerCapture(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    private boolean holds() {
        String type = getContentType();
        return !request.isAsyncStarted() && getStatus() >= 400 && type != null && (type.contains("json") || type.startsWith("text/plain"));
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            holding = holds();
            stream = holding ? new HeldStream() : super.getOutputStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            holding = holds();
            writer = holding ? new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8)) : super.getWriter();
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        if (!holds()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!holds()) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!("Content-Length".equalsIgnoreCase(name) && holds())) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!("Content-Length".equalsIgnoreCase(name) && holds())) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!holding) {
            super.flushBuffer();
        }
    }

    /** Sends the held-back body, rewritten. */
    void finish(Rewrite rewrite) throws IOException {
        if (!holding) {
            return;
        }
        if (writer != null) {
            writer.flush();
        }
        Answer answer = rewrite.apply(getStatus(), held.toByteArray());
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setStatus(answer.status());
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
        response.flushBuffer();
    }

    private final class HeldStream extends ServletOutputStream {
        @Override
        public void write(int b) {
            held.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            held.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("held answers are written synchronously");
        }
    }
}
