package th.go.phuket.planning.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One issued letter as the register keeps it: its number (series, B.E. year, sequence, and as printed), date,
 * subject, addressees (names as written, and the agency ids that may read it), its cycle and its texts. The DOCX
 * bytes are read on their own ({@link LetterQueries#docx}).
 */
public record Letter(
        String letterId,
        LetterKind kind,
        String cycleId,
        Series series,
        int beYear,
        int sequence,
        String number,
        LocalDate issuedOn,
        String subject,
        List<String> to,
        List<String> agencyIds,
        LetterContent content,
        String docxSha256,
        String processInstanceId,
        Instant issuedAt) {

    public Letter {
        to = List.copyOf(to);
        agencyIds = List.copyOf(agencyIds);
    }

    /** {@code 2561-circular-1}: the B.E. year, the series and the number, which never change once issued. */
    public static String idOf(int beYear, Series series, int sequence) {
        return beYear + "-" + series.code() + "-" + sequence;
    }

    public boolean addressedTo(String agencyId) {
        return agencyIds.contains(agencyId);
    }

    /** The name of the downloaded file, e.g. {@code phuket-2563-proposal-request-2561-circular-1.docx}. */
    public String fileName() {
        return fileName(cycleId, kind, letterId);
    }

    public static String fileName(String cycleId, LetterKind kind, String letterId) {
        return cycleId + "-" + kind.fileStem() + "-" + letterId + ".docx";
    }
}
