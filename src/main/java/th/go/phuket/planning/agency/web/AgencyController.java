package th.go.phuket.planning.agency.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyBook;
import th.go.phuket.planning.agency.AgencyChange;
import th.go.phuket.planning.agency.AgencyContact;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.agency.AgencyExistsException;
import th.go.phuket.planning.agency.AgencyInput;
import th.go.phuket.planning.agency.AgencyInputException;
import th.go.phuket.planning.agency.GroupIds;
import th.go.phuket.planning.agency.UnknownAgencyException;
import th.go.phuket.planning.support.Messages;

/**
 * The agency directory as JSON: read it ({@code GET /api/agencies}, {@code /{id}}; the contact people only for the
 * office, managers, committee and administrators), and for the strategy office add
 * ({@code POST}), change or retire ({@code PUT /{id}}, {@code active: false}) an agency, and read who changed what
 * ({@code GET /changes}). Refusals are problem documents naming each field, Thai first.
 */
@RestController
@RequestMapping("/api/agencies")
public class AgencyController {

    /** What a client sees of an agency; {@code category} is the code of {@code agencies.csv}. */
    public record AgencyResponse(String id, String nameTh, String nameEn, String category, String categoryTh,
            String email, boolean active, List<ContactResponse> contacts) {

        static AgencyResponse of(Agency agency) {
            return of(agency, true);
        }

        static AgencyResponse of(Agency agency, boolean withContacts) {
            return new AgencyResponse(agency.id(), agency.nameTh(), agency.nameEn(), agency.category().code(),
                    agency.category().labelTh(), agency.email(), agency.active(), withContacts
                            ? agency.contacts().stream().map(ContactResponse::of).toList() : List.of());
        }
    }

    /** A contact person; {@code userId} is their user in the engine (in the agency's group). */
    public record ContactResponse(String name, String position, String email, String phone, String userId) {

        static ContactResponse of(AgencyContact contact) {
            return new ContactResponse(contact.name(), contact.position(), contact.email(), contact.phone(),
                    contact.userId());
        }
    }

    /** The body of {@code POST} and {@code PUT}; on {@code PUT} a field left out keeps its value. */
    public record AgencyRequest(String id, String nameTh, String nameEn, String category, String email,
            Boolean active, List<ContactRequest> contacts) {

        AgencyInput toInput(String pathId) {
            return new AgencyInput(pathId != null ? pathId : id, nameTh, nameEn, category, email, active,
                    contacts == null ? null : contacts.stream().map(c -> c == null ? null
                            : new AgencyContact(null, c.name(), c.position(), c.email(), c.phone())).toList());
        }
    }

    public record ContactRequest(String name, String position, String email, String phone) {
    }

    private final AgencyDirectory directory;
    private final AgencyBook book;

    public AgencyController(AgencyDirectory directory, AgencyBook book) {
        this.directory = directory;
        this.book = book;
    }

    @GetMapping
    public List<AgencyResponse> all(HttpServletRequest request) {
        boolean withContacts = seesContacts(request);
        return directory.all().stream().map(agency -> AgencyResponse.of(agency, withContacts)).toList();
    }

    @GetMapping("/{id}")
    public AgencyResponse one(@PathVariable String id, HttpServletRequest request) {
        return AgencyResponse.of(directory.require(id), seesContacts(request));
    }

    /**
     * The directory is public to every signed-in user, its contact people are not: an agency sees no one's names,
     * emails and phones, its own included (it knows them; the office keeps them).
     */
    static boolean seesContacts(HttpServletRequest request) {
        return Stream.of(GroupIds.STRATEGY_OFFICE, GroupIds.MANAGERS, GroupIds.COMMITTEE, GroupIds.ADMIN)
                .anyMatch(request::isUserInRole);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<AgencyResponse> add(@RequestBody AgencyRequest body, HttpServletRequest request) {
        var saved = book.add(body.toInput(null), editor(request));
        return ResponseEntity.created(URI.create("/api/agencies/" + saved.agency().id()))
                .body(AgencyResponse.of(saved.agency()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public AgencyResponse change(@PathVariable String id, @RequestBody AgencyRequest body, HttpServletRequest request) {
        if (body.id() != null && !body.id().equals(id)) {
            throw new AgencyInputException(java.util.Map.of("id", Messages.get("agency.field.id", body.id())));
        }
        return AgencyResponse.of(book.change(id, body.toInput(id), editor(request)).agency());
    }

    /** Who changed what and when: one agency's history, or the whole directory's, newest first. */
    @GetMapping("/changes")
    public List<AgencyChange> changes(@RequestParam(required = false) String agencyId,
                                      @RequestParam(defaultValue = "200") int limit) {
        return book.changes(agencyId, Math.max(1, Math.min(limit, 1000)));
    }

    static String editor(HttpServletRequest request) {
        String user = request.getRemoteUser();
        return user == null || user.isBlank() ? "unknown" : user;
    }

    @ExceptionHandler(UnknownAgencyException.class)
    ProblemDetail unknownAgency(UnknownAgencyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("ไม่พบหน่วยงาน (agency not found)");
        problem.setProperty("agencyId", e.agencyId());
        return problem;
    }

    @ExceptionHandler(AgencyExistsException.class)
    ProblemDetail exists(AgencyExistsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("agencyId", e.agencyId());
        return problem;
    }

    @ExceptionHandler(AgencyInputException.class)
    ProblemDetail invalid(AgencyInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(Messages.get("agency.api.invalid"));
        problem.setProperty("errors", e.fieldErrors().isEmpty() ? e.problems() : e.fieldErrors());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Messages.get("agency.api.badBody"));
    }
}
