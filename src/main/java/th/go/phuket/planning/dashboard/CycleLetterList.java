package th.go.phuket.planning.dashboard;

import java.util.List;

/**
 * The official letters of a cycle as the dashboard lists them (number, date, subject, to whom, the printable page
 * and the file). The letter feature provides it; without it the dashboard shows no letters.
 */
public interface CycleLetterList {

    record Entry(String letterId, String number, String dateText, String subject, String toText, String pageHref,
                 String fileHref) {
    }

    List<Entry> entries(String cycleId);
}
