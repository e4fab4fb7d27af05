package th.go.phuket.planning.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.go.phuket.planning.dashboard.CycleProgress.AgencyProgress;
import th.go.phuket.planning.support.Messages;

/**
 * The agency status table of a cycle as the committee reads it (Thai headers, B.E. dates), the same for the page's
 * filters and for the CSV and XLSX exports. Filters are optional: status key, category code, and text found in the
 * agency's id or names.
 */
public record ProgressTable(CycleProgress progress, List<String> headers, List<List<Object>> rows) {

    public static final List<String> HEADER_KEYS = List.of("number", "agencyId", "agency", "category", "status",
            "dueDate", "submitted", "daysLate", "workingDaysLate", "returns");

    public static ProgressTable of(CycleProgress progress, String status, String category, String text) {
        List<String> headers = HEADER_KEYS.stream().map(key -> Messages.get("dashboard.export.header." + key))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (AgencyProgress agency : progress.agencies()) {
            if (matches(agency, status, category, text)) {
                rows.add(row(rows.size() + 1, agency));
            }
        }
        return new ProgressTable(progress, headers, rows);
    }

    public static boolean matches(AgencyProgress agency, String status, String category, String text) {
        if (present(status) && !status.equals(agency.status())) {
            return false;
        }
        if (present(category) && !category.equals(agency.category())) {
            return false;
        }
        if (!present(text)) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return agency.agencyId().toLowerCase(Locale.ROOT).contains(needle)
                || agency.nameTh().toLowerCase(Locale.ROOT).contains(needle)
                || agency.nameEn().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static List<Object> row(int number, AgencyProgress agency) {
        List<Object> row = new ArrayList<>();
        row.add(number);
        row.add(agency.agencyId());
        row.add(agency.nameTh());
        row.add(agency.categoryTh());
        row.add(agency.statusTh());
        row.add(agency.dueDateText() == null ? "" : agency.dueDateText());
        row.add(agency.submittedText() == null ? "" : agency.submittedText());
        row.add(agency.daysLate());
        row.add(agency.workingDaysLate());
        row.add(agency.returnCount());
        return row;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A file name without spaces or Thai letters, e.g. {@code phuket-2563-progress-2018-09-03.csv}. */
    public String fileName(String extension) {
        return progress.cycleId() + "-progress-" + progress.now().toLocalDate() + "." + extension;
    }
}
