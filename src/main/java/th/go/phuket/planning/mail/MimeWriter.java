package th.go.phuket.planning.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an email as the bytes of a MIME message: the headers (a Thai subject as RFC 2047 encoded words, whole
 * characters each), a {@code multipart/mixed} body holding the plain text and HTML alternatives and the attached
 * files (a file name outside ASCII as an RFC 2231 parameter), every part base64 in lines of 76 characters, so the
 * message is 7-bit ASCII throughout.
 *
 * <p>The same message Spring's {@code MimeMessageHelper} builds in its mixed mode, written directly: Jakarta Mail's
 * composing (content types parsed back, parameter lists, header folding) was the largest code the JIT compiler
 * still compiled, and compiled again, in every warm benchmark round (docs/benchmarks.md).
 */
final class MimeWriter {

    /** A file to attach: its name, its full content type ({@code text/calendar; charset=UTF-8; method=PUBLISH}). */
    record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    private static final String CRLF = "\r\n";
    /** RFC 5322's recommended longest line. */
    private static final int LINE = 78;
    private static final Base64.Encoder BODY = Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII));
    private static final Base64.Encoder WORD = Base64.getEncoder();
    /** 45 bytes are 60 base64 characters: with {@code =?UTF-8?B?} and {@code ?=} a word of 72, under RFC 2047's 75. */
    private static final int WORD_BYTES = 45;
    /** Characters of an RFC 2231 segment's value (whole characters each), its line under 78. */
    private static final int SEGMENT_CHARS = 60;
    private static final String HEX = "0123456789ABCDEF";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneId.of("Asia/Bangkok"));
    private static final String TSPECIALS = "()<>@,;:\\\"/[]?=";

    private final StringBuilder out = new StringBuilder(4096);

    private MimeWriter() {
    }

    /**
     * The message's bytes. Addresses are checked as Jakarta Mail reads them (an invalid one throws
     * {@link AddressException}); {@code headers} are extra ones written as given (names and values in ASCII).
     */
    static byte[] write(String from, List<String> to, List<String> cc, String subject, Instant date, String messageId,
                        Map<String, String> headers, String text, String html, List<Attachment> attachments)
            throws AddressException {
        MimeWriter mime = new MimeWriter();
        mime.header("From", mime.addresses(List.of(from)));
        mime.header("To", mime.addresses(to));
        if (!cc.isEmpty()) {
            mime.header("Cc", mime.addresses(cc));
        }
        mime.header("Subject", encodedText(subject, "Subject: ".length()));
        mime.header("Date", DATE.format(date));
        mime.header("Message-ID", messageId);
        headers.forEach((name, value) -> mime.header(name, oneLine(value)));
        mime.header("MIME-Version", "1.0");
        String mixed = boundary();
        String alternative = boundary();
        mime.header("Content-Type", "multipart/mixed; boundary=\"" + mixed + "\"");
        mime.out.append(CRLF);
        mime.out.append("--").append(mixed).append(CRLF);
        mime.header("Content-Type", "multipart/alternative; boundary=\"" + alternative + "\"");
        mime.out.append(CRLF);
        mime.out.append("--").append(alternative).append(CRLF);
        mime.part("text/plain; charset=UTF-8", null, text.getBytes(StandardCharsets.UTF_8));
        mime.out.append("--").append(alternative).append(CRLF);
        mime.part("text/html; charset=UTF-8", null, html.getBytes(StandardCharsets.UTF_8));
        mime.out.append("--").append(alternative).append("--").append(CRLF);
        for (Attachment file : attachments) {
            mime.out.append(CRLF).append("--").append(mixed).append(CRLF);
            mime.part(oneLine(file.contentType()) + parameter("name", file.fileName()),
                    "attachment" + parameter("filename", file.fileName()), file.bytes());
        }
        mime.out.append(CRLF).append("--").append(mixed).append("--").append(CRLF);
        return mime.out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void part(String contentType, String disposition, byte[] bytes) {
        header("Content-Type", contentType);
        header("Content-Transfer-Encoding", "base64");
        if (disposition != null) {
            header("Content-Disposition", disposition);
        }
        out.append(CRLF);
        if (bytes.length > 0) {
            out.append(BODY.encodeToString(bytes)).append(CRLF);
        }
    }

    private void header(String name, String value) {
        out.append(name).append(": ").append(value).append(CRLF);
    }

    /** One address a line: {@code a@x,} then {@code  b@y}; a display name outside ASCII in encoded words. */
    private String addresses(List<String> given) throws AddressException {
        StringBuilder list = new StringBuilder();
        for (String one : given) {
            InternetAddress[] parsed = InternetAddress.parse(one);
            if (parsed.length != 1) {
                throw new AddressException("Not one address", one);
            }
            InternetAddress address = parsed[0];
            address.validate();
            if (address.getPersonal() != null) {
                try {
                    address = new InternetAddress(address.getAddress(), address.getPersonal(), "UTF-8");
                } catch (UnsupportedEncodingException e) {
                    throw new IllegalStateException(e);
                }
            }
            list.append(list.isEmpty() ? "" : "," + CRLF + " ").append(address.toString());
        }
        return list.toString();
    }

    /**
     * Printable ASCII as it is; anything else as encoded words of whole characters, one a line of at most 78, the
     * first after {@code used} characters of the header's name.
     */
    static String encodedText(String text, int used) {
        String flat = oneLine(text);
        if (flat.length() <= 900 && flat.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return flat;
        }
        StringBuilder words = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        int limit = Math.min(WORD_BYTES, (LINE - used - "=?UTF-8?B??=".length()) / 4 * 3);
        for (int i = 0; i < flat.length(); ) {
            int codePoint = flat.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > limit) {
                word(words, chunk);
                chunk.setLength(0);
                bytes = 0;
                limit = WORD_BYTES;
            }
            chunk.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        if (!chunk.isEmpty() || words.isEmpty()) {
            word(words, chunk);
        }
        return words.toString();
    }

    private static void word(StringBuilder words, CharSequence chunk) {
        if (!words.isEmpty()) {
            words.append(CRLF).append(' ');
        }
        words.append("=?UTF-8?B?")
                .append(WORD.encodeToString(chunk.toString().getBytes(StandardCharsets.UTF_8))).append("?=");
    }

    /**
     * {@code ; name=value} on a line of its own: a token as it is, other printable ASCII quoted, anything else as
     * RFC 2231's {@code name*0*=UTF-8''%E0%B8%81…} in segments of a line each, whole characters in each.
     */
    static String parameter(String name, String value) {
        if (value.chars().allMatch(c -> c > 0x20 && c < 0x7f && TSPECIALS.indexOf(c) < 0)) {
            return ";" + CRLF + " " + name + "=" + value;
        }
        if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return ";" + CRLF + " " + name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        List<String> pieces = value.codePoints().mapToObj(MimeWriter::percentEncoded).toList();
        StringBuilder segments = new StringBuilder();
        StringBuilder segment = new StringBuilder("UTF-8''");
        int number = 0;
        for (String piece : pieces) {
            if (segment.length() + piece.length() > SEGMENT_CHARS && segment.length() > 7) {
                segments.append(";").append(CRLF).append(' ').append(name).append('*').append(number++).append("*=")
                        .append(segment);
                segment.setLength(0);
            }
            segment.append(piece);
        }
        segments.append(";").append(CRLF).append(' ').append(name).append('*').append(number).append("*=")
                .append(segment);
        return segments.toString();
    }

    /** A character's UTF-8 bytes, each {@code %XX} unless an attribute character of RFC 2231. */
    private static String percentEncoded(int codePoint) {
        StringBuilder encoded = new StringBuilder();
        for (byte octet : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
            int b = octet & 0xff;
            if (b > 0x20 && b < 0x7f && TSPECIALS.indexOf(b) < 0 && b != '*' && b != '\'' && b != '%') {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xf));
            }
        }
        return encoded.toString();
    }

    /** Line breaks and other control characters of a header value become spaces: no header is smuggled in. */
    private static String oneLine(String value) {
        StringBuilder flat = new StringBuilder(value.length());
        value.codePoints().forEach(c -> flat.appendCodePoint(c < 0x20 || c == 0x7f ? ' ' : c));
        return flat.toString();
    }

    private static String boundary() {
        return "=_pc_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }
}
