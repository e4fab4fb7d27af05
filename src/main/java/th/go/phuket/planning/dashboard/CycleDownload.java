package th.go.phuket.planning.dashboard;

/**
 * A file the dashboard offers for a cycle, listed under "เอกสารของรอบ" in the order of {@link #order()}. Any
 * feature adds one by declaring a bean of this type (the agency status workbook is the first; the consolidated
 * plan of issue 7 belongs here too).
 */
public interface CycleDownload {

    /** Thai label first, e.g. {@code ตารางสถานะหน่วยงาน (Excel)}. */
    String label();

    /** Where the file is, for this cycle, e.g. {@code /api/cycles/phuket-2563/progress.xlsx}. */
    String href(String cycleId);

    default int order() {
        return 100;
    }
}
