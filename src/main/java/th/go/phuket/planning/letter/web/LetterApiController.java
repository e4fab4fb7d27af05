package th.go.phuket.planning.letter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import th.go.phuket.planning.letter.Letter;
import th.go.phuket.planning.letter.LetterAccess;
import th.go.phuket.planning.letter.LetterKind;
import th.go.phuket.planning.letter.LetterQueries;
import th.go.phuket.planning.security.AuthenticatedUser;
import th.go.phuket.planning.support.Messages;

/**
 * {@code GET /api/cycles/{cycleId}/letters} (the letters the caller may read, oldest first) and
 * {@code GET /api/letters/{letterId}.docx} (the document exactly as issued, the same bytes on every download).
 */
@RestController
public class LetterApiController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** One letter in the list. */
    public record LetterSummary(String letterId, LetterKind kind, String number, LocalDate issuedOn, String subject,
                                List<String> to, String docxUrl, String pageUrl) {
    }

    private final LetterQueries letters;

    public LetterApiController(LetterQueries letters) {
        this.letters = letters;
    }

    @GetMapping("/api/cycles/{cycleId}/letters")
    public ResponseEntity<?> ofCycle(@PathVariable String cycleId, HttpServletRequest request) {
        if (!letters.cycleExists(cycleId)) {
            return problem(HttpStatus.NOT_FOUND, "letter.api.cycle.unknown", cycleId);
        }
        AuthenticatedUser user = AuthenticatedUser.of(request);
        return ResponseEntity.ok(letters.ofCycle(cycleId).stream().filter(letter -> LetterAccess.mayRead(user, letter))
                .map(letter -> new LetterSummary(letter.letterId(), letter.kind(), letter.number(), letter.issuedOn(),
                        letter.subject(), letter.to(), LetterLinks.docx(letter.letterId()),
                        LetterLinks.page(letter.letterId())))
                .toList());
    }

    @GetMapping("/api/letters/{letterId}.docx")
    public ResponseEntity<?> docx(@PathVariable String letterId, HttpServletRequest request) {
        Letter letter = letters.find(letterId).orElse(null);
        if (letter == null) {
            return problem(HttpStatus.NOT_FOUND, "letter.api.unknown", letterId);
        }
        if (!LetterAccess.mayRead(AuthenticatedUser.of(request), letter)) {
            return problem(HttpStatus.FORBIDDEN, "letter.api.forbidden", letterId);
        }
        byte[] document = letters.docx(letterId).orElseThrow();
        return ResponseEntity.ok().contentType(DOCX)
                .eTag("\"" + letter.docxSha256() + "\"")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(letter.fileName()).build().toString())
                .body(document);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Messages.get(key, id));
        problem.setTitle(Messages.get(key + ".title"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
