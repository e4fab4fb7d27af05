package th.go.phuket.planning.chaos;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The chaos suite's mail server: a small SMTP server in a JVM of its own, so it outlives the app it serves. It
 * answers every message with "250 accepted" only after the message's {@code X-Planning-Outbox-Id} and
 * {@code Message-ID} are on disk ({@code received.log} in its directory, forced to the disk), so the suite counts
 * exactly what the server took, even across its own restarts; each connection it accepts is a line of
 * {@code connections.log}. JDK only.
 *
 * <p>How it behaves is read from the file {@code mode} of its directory for each message, so the suite changes it
 * while the app runs: {@code normal}; {@code drop} (takes the message, answers 250, then drops the connection before
 * the client's QUIT is answered); {@code slow <ms>} (waits that long before taking the message and answering). A
 * server that is down is this process stopped ({@code kill}).
 *
 * <p>{@code java -cp target/test-classes th.go.phuket.planning.chaos.SmtpRecorder <port> <directory>}
 */
public final class SmtpRecorder {

    public static final String LOG = "received.log";
    public static final String MODE = "mode";
    public static final String CONNECTIONS = "connections.log";

    private final Path directory;
    private final FileChannel log;

    private SmtpRecorder(Path directory) throws IOException {
        this.directory = directory;
        this.log = FileChannel.open(directory.resolve(LOG), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path directory = Path.of(args[1]);
        Files.createDirectories(directory);
        SmtpRecorder recorder = new SmtpRecorder(directory);
        try (ServerSocket server = new ServerSocket(port, 100, InetAddress.getLoopbackAddress())) {
            server.setReuseAddress(true);
            System.out.println("SMTP recorder listening on 127.0.0.1:" + port + ", recording to " + directory);
            System.out.flush();
            while (true) {
                Socket client = server.accept();
                recorder.connected(client);
                Thread thread = new Thread(() -> recorder.serve(client), "smtp-" + client.getPort());
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream raw = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            socket.setSoTimeout(300_000);
            reply(out, "220 chaos-smtp ESMTP ready");
            for (String line = readLine(raw); line != null; line = readLine(raw)) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-chaos-smtp\r\n250-8BITMIME\r\n250 SIZE 52428800");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        byte[] message = readMessage(raw);
                        String mode = mode();
                        if (mode.startsWith("slow")) {
                            Thread.sleep(Long.parseLong(mode.substring(4).trim()));
                        }
                        record(message);
                        reply(out, "250 accepted");
                        if (mode.equals("drop")) {
                            socket.setSoLinger(true, 0);
                            return;
                        }
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.out.println("connection ended: " + e);
        }
    }

    private synchronized void connected(Socket client) throws IOException {
        Files.writeString(directory.resolve(CONNECTIONS), System.currentTimeMillis() + "\t" + client.getPort() + "\n",
                StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private String mode() {
        try {
            return Files.readString(directory.resolve(MODE)).trim().toLowerCase(Locale.ROOT);
        } catch (IOException noModeFile) {
            return "normal";
        }
    }

    /** One line per message taken: time, outbox id, Message-ID; on the disk before the server says "accepted". */
    private synchronized void record(byte[] message) throws IOException {
        String headers = new String(message, StandardCharsets.ISO_8859_1);
        int end = headers.indexOf("\r\n\r\n");
        headers = (end < 0 ? headers : headers.substring(0, end)).replaceAll("\r\n[ \t]+", " ");
        String line = System.currentTimeMillis() + "\t" + header(headers, "X-Planning-Outbox-Id") + "\t"
                + header(headers, "Message-ID") + "\n";
        log.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
        log.force(true);
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "-";
    }

    private static byte[] readMessage(InputStream in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        for (String line = readLine(in); line != null && !line.equals("."); line = readLine(in)) {
            message.write((line.startsWith("..") ? line.substring(1) : line).getBytes(StandardCharsets.ISO_8859_1));
            message.write('\r');
            message.write('\n');
        }
        return message.toByteArray();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
