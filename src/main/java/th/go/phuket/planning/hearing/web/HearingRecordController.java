package th.go.phuket.planning.hearing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.hearing.HearingRecord;
import th.go.phuket.planning.hearing.HearingRecordReader;
import th.go.phuket.planning.hearing.HearingRecordWorkbook;
import th.go.phuket.planning.support.Messages;

/**
 * The hearing record: {@code /hearing/{cycleId}/record} for anyone (printable, A4), and
 * {@code /api/cycles/{cycleId}/hearing-record.xlsx} for the office, the managers and the committee (the API's
 * login and rights).
 */
@Controller
public class HearingRecordController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HearingRecordReader reader;
    private final HearingRecordWorkbook workbook;

    public HearingRecordController(HearingRecordReader reader, HearingRecordWorkbook workbook) {
        this.reader = reader;
        this.workbook = workbook;
    }

    @GetMapping("/hearing/{cycleId}/record")
    public String page(@PathVariable String cycleId, Model model, HttpServletResponse response) {
        HearingRecord record = find(cycleId);
        response.setHeader("Content-Security-Policy", PublicHearingController.PAGE_POLICY);
        model.addAttribute("record", record);
        model.addAttribute("cycleId", cycleId);
        return "hearing/record";
    }

    @GetMapping("/api/cycles/{cycleId}/hearing-record.xlsx")
    public void workbook(@PathVariable String cycleId, HttpServletResponse response) throws IOException {
        HearingRecord record = find(cycleId);
        String name = cycleId + "-hearing-record-" + ThaiDates.bangkokDate(record.asOf()) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8).build().toString());
        workbook.write(record, response.getOutputStream());
    }

    private HearingRecord find(String cycleId) {
        return reader.read(cycleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Messages.get("hearing.record.none", cycleId)));
    }
}
