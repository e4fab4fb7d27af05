package th.go.phuket.planning.proposal.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.proposal.FrameworkItem;
import th.go.phuket.planning.support.Messages;

/**
 * The codes a project can be aligned to: {@code GET /api/frameworks} (all, or {@code ?framework=phuket_goals}) and
 * {@code GET /api/frameworks/{code}}.
 */
@RestController
@RequestMapping("/api/frameworks")
public class FrameworkController {

    /** One code; {@code frameworkTh} names its framework in Thai, {@code versionNote} its edition. */
    public record FrameworkItemResponse(String framework, String frameworkTh, String code, String titleTh,
                                        String titleEn, String versionNote) {

        static FrameworkItemResponse of(FrameworkItem item) {
            return new FrameworkItemResponse(item.framework(), Messages.get("proposal.framework." + item.framework()),
                    item.code(), item.titleTh(), item.titleEn(), item.versionNote());
        }
    }

    private final FrameworkCatalogue catalogue;

    public FrameworkController(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    public ResponseEntity<?> list(@RequestParam(required = false) String framework) {
        if (framework == null) {
            return ResponseEntity.ok(catalogue.all().stream().map(FrameworkItemResponse::of).toList());
        }
        List<FrameworkItem> items = catalogue.byFramework(framework);
        if (items.isEmpty()) {
            return problem(Messages.get("proposal.api.framework.unknown", framework,
                    String.join(", ", catalogue.frameworks())));
        }
        return ResponseEntity.ok(items.stream().map(FrameworkItemResponse::of).toList());
    }

    @GetMapping("/{code}")
    public ResponseEntity<?> one(@PathVariable String code) {
        return catalogue.find(code).<ResponseEntity<?>>map(item -> ResponseEntity.ok(FrameworkItemResponse.of(item)))
                .orElseGet(() -> problem(Messages.get("proposal.api.code.unknown", code)));
    }

    private static ResponseEntity<ProblemDetail> problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle(Messages.get("proposal.api.notFound"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
