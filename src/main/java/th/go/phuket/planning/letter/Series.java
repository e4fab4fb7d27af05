package th.go.phuket.planning.letter;

/**
 * The two series of the outgoing register (ทะเบียนหนังสือส่ง), each numbered from 1 in every B.E. calendar year:
 * circulars (หนังสือเวียน, numbered {@code ว 1}, {@code ว 2} …) and every other letter.
 */
public enum Series {
    CIRCULAR("circular", "ว "),
    PLAIN("letter", "");

    private final String code;
    private final String mark;

    Series(String code, String mark) {
        this.code = code;
        this.mark = mark;
    }

    /** Used in letter ids ({@code 2561-circular-1}) and in the register table. */
    public String code() {
        return code;
    }

    /** The register number as written after the prefix: {@code ภก 0017.2/ว 12} or {@code ภก 0017.2/12}. */
    public String number(String prefix, String sequence) {
        return prefix + "/" + mark + sequence;
    }

    public static Series ofCode(String code) {
        for (Series series : values()) {
            if (series.code.equals(code)) {
                return series;
            }
        }
        throw new IllegalArgumentException("Unknown register series " + code);
    }
}
