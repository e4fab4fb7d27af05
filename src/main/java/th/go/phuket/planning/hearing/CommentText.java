package th.go.phuket.planning.hearing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Comment text as stored (trimmed, line ends unified) and the key that finds the same text sent again. */
public final class CommentText {

    private CommentText() {
    }

    /** Trimmed, CR LF as LF, no control characters but line ends and tabs, NFC (Thai vowels typed in any order). */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String unified = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .filter(c -> c != 0x200B && c != 0xFEFF)
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** SHA-256 of the text with spacing and case ignored: "ถนน  ชำรุด" and "ถนน ชำรุด" are the same comment. */
    public static String key(String cleanText) {
        String folded = cleanText.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
