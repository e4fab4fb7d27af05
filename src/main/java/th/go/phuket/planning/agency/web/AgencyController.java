package th.go.phuket.planning.agency.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.agency.UnknownAgencyException;

/** The agency directory as JSON: {@code GET /api/agencies} and {@code GET /api/agencies/{id}}. */
@RestController
@RequestMapping("/api/agencies")
public class AgencyController {

    /** What a client sees of an agency; {@code category} is the code of {@code agencies.csv}. */
    public record AgencyResponse(String id, String nameTh, String nameEn, String category, String categoryTh,
            String email) {

        static AgencyResponse of(Agency agency) {
            return new AgencyResponse(agency.id(), agency.nameTh(), agency.nameEn(), agency.category().code(),
                    agency.category().labelTh(), agency.email());
        }
    }

    private final AgencyDirectory directory;

    public AgencyController(AgencyDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    public List<AgencyResponse> all() {
        return directory.all().stream().map(AgencyResponse::of).toList();
    }

    @GetMapping("/{id}")
    public AgencyResponse one(@PathVariable String id) {
        return AgencyResponse.of(directory.require(id));
    }

    @ExceptionHandler(UnknownAgencyException.class)
    ProblemDetail unknownAgency(UnknownAgencyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("ไม่พบหน่วยงาน (agency not found)");
        problem.setProperty("agencyId", e.agencyId());
        return problem;
    }
}
