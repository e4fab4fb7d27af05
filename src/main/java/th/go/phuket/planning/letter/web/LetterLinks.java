package th.go.phuket.planning.letter.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of a letter in the app: its printable page and its DOCX. */
final class LetterLinks {

    private LetterLinks() {
    }

    static String page(String letterId) {
        return "/letters/" + segment(letterId);
    }

    static String docx(String letterId) {
        return "/api/letters/" + segment(letterId) + ".docx";
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
