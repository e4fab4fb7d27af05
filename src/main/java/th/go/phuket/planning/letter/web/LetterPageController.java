package th.go.phuket.planning.letter.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import th.go.phuket.planning.letter.Letter;
import th.go.phuket.planning.letter.LetterAccess;
import th.go.phuket.planning.letter.LetterKind;
import th.go.phuket.planning.letter.LetterQueries;
import th.go.phuket.planning.letter.Typography;
import th.go.phuket.planning.security.AuthenticatedUser;
import th.go.phuket.planning.support.Messages;

/**
 * {@code GET /letters/{letterId}}: the letter as a page to read and print on A4, made from the texts kept with it
 * (so it says what the DOCX says), with the ครุฑ taken from the issued DOCX itself ({@code /letters/{id}/emblem}).
 * Same rights as the API; a refusal is a page, in Thai first.
 */
@Controller
public class LetterPageController {

    private final LetterQueries letters;

    public LetterPageController(LetterQueries letters) {
        this.letters = letters;
    }

    @GetMapping("/letters/{letterId}")
    public String page(@PathVariable String letterId, Model model, HttpServletRequest request,
                       HttpServletResponse response) {
        Optional<Letter> found = letters.find(letterId);
        if (found.isEmpty() || !LetterAccess.mayRead(AuthenticatedUser.of(request), found.get())) {
            boolean missing = found.isEmpty();
            response.setStatus(missing ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("message", Messages.get(missing ? "letter.api.unknown" : "letter.api.forbidden", letterId));
            return "letter/unavailable";
        }
        Letter letter = found.get();
        model.addAttribute("letter", letter);
        model.addAttribute("content", letter.content().map(Typography::keepTogether));
        model.addAttribute("memo", letter.kind().layout() == LetterKind.Layout.MEMO);
        model.addAttribute("emblemUrl", emblem(letter).isPresent() ? LetterLinks.page(letterId) + "/emblem" : null);
        model.addAttribute("docxUrl", LetterLinks.docx(letterId));
        return "letter/letter";
    }

    @GetMapping("/letters/{letterId}/emblem")
    public ResponseEntity<byte[]> emblemImage(@PathVariable String letterId, HttpServletRequest request) {
        Optional<Letter> letter = letters.find(letterId)
                .filter(found -> LetterAccess.mayRead(AuthenticatedUser.of(request), found));
        return letter.flatMap(this::emblem).map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .body(image.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private record Image(byte[] bytes, String contentType) {
    }

    /** The picture in the issued DOCX (there is one, the ครุฑ, unless the office had none configured then). */
    private Optional<Image> emblem(Letter letter) {
        byte[] docx = letters.docx(letter.letterId()).orElseThrow();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getAllPackagePictures().stream().findFirst()
                    .map(data -> new Image(data.getData(), data.getPackagePart().getContentType()));
        } catch (IOException e) {
            throw new IllegalStateException("Letter " + letter.letterId() + " cannot be opened", e);
        }
    }
}
