package th.go.phuket.planning.agency.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import th.go.phuket.planning.agency.AgencyBook;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.agency.AgencyFile;
import th.go.phuket.planning.agency.AgencyInputException;
import th.go.phuket.planning.support.Messages;

/**
 * The directory as a file: {@code GET /api/agencies.csv} and {@code .xlsx} (every agency, retired ones too, with
 * their contacts), and {@code POST /api/agencies/import} to take a CSV or Excel file back: new agencies added,
 * known ones changed, all or nothing; a file with a bad row is refused naming each row and column.
 */
@RestController
public class AgencyFileController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AgencyDirectory directory;
    private final AgencyBook book;

    public AgencyFileController(AgencyDirectory directory, AgencyBook book) {
        this.directory = directory;
        this.book = book;
    }

    @GetMapping("/api/agencies.csv")
    public ResponseEntity<byte[]> csv() {
        return download(AgencyFile.csv(directory.all()), new MediaType("text", "csv",
                java.nio.charset.StandardCharsets.UTF_8), "agencies.csv");
    }

    @GetMapping("/api/agencies.xlsx")
    public ResponseEntity<byte[]> xlsx() {
        return download(AgencyFile.xlsx(directory.all()), XLSX, "agencies.xlsx");
    }

    /** A file uploaded from the page (multipart, part {@code file}). */
    @PostMapping(path = "/api/agencies/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public AgencyBook.Imported importUpload(@RequestPart("file") MultipartFile file, HttpServletRequest request)
            throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "agencies"
                : file.getOriginalFilename();
        return book.importRows(AgencyFile.read(file.getBytes(), name), AgencyController.editor(request));
    }

    /** A file sent as the body, e.g. {@code curl --data-binary @agencies.xlsx -H 'Content-Type: …sheet'}. */
    @PostMapping(path = "/api/agencies/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public AgencyBook.Imported importBody(@RequestBody byte[] body,
                                          @RequestHeader(value = "X-File-Name", defaultValue = "agencies") String name,
                                          HttpServletRequest request) {
        return book.importRows(AgencyFile.read(body, name), AgencyController.editor(request));
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(content);
    }

    @ExceptionHandler(AgencyInputException.class)
    ResponseEntity<ProblemDetail> refused(AgencyInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                Messages.get("agency.import.refused", String.valueOf(e.problems().size())));
        problem.setProperty("errors", e.problems());
        return ResponseEntity.badRequest().body(problem);
    }
}
