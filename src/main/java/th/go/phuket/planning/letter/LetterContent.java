package th.go.phuket.planning.letter;

import java.util.List;

/**
 * Every text of one letter as issued, digits already in the office's style: the DOCX and the printable page are
 * both made from this (kept with the letter), so they always say the same, whatever the settings become later.
 * The labels (ที่, เรื่อง, เรียน …) belong to the layout and are not repeated here.
 *
 * @param office      external letter: the office and its address (right of ที่); memo: the text after ส่วนราชการ
 * @param references  อ้างถึง lines, empty when there are none
 * @param enclosures  สิ่งที่ส่งมาด้วย lines, empty when there are none
 * @param closing     ขอแสดงความนับถือ on external letters; null on memos, which have none
 * @param contact     the owning unit, its phone, fax and email (external letters; memos put the phone after
 *                    ส่วนราชการ)
 * @param annexes     pages after the letter: what สิ่งที่ส่งมาด้วย names when the app writes it, the list of
 *                    addressees of a circular
 */
public record LetterContent(
        LetterKind.Layout layout,
        String number,
        List<String> office,
        String date,
        String subject,
        String salutation,
        List<String> references,
        List<String> enclosures,
        List<String> body,
        String closing,
        String signatoryName,
        String signatoryPosition,
        List<String> contact,
        List<Annex> annexes) {

    /** A page after the letter: a title and its lines (numbered ๑. ๒. … when {@code numbered}). */
    public record Annex(String title, List<String> lines, boolean numbered) {

        public Annex {
            lines = List.copyOf(lines);
        }
    }

    /** The same letter with {@code change} applied to every text (e.g. no-break spaces for the page). */
    public LetterContent map(java.util.function.UnaryOperator<String> change) {
        return new LetterContent(layout, change.apply(number), office.stream().map(change).toList(), change.apply(date),
                change.apply(subject), change.apply(salutation), references.stream().map(change).toList(),
                enclosures.stream().map(change).toList(), body.stream().map(change).toList(),
                closing == null ? null : change.apply(closing), change.apply(signatoryName),
                change.apply(signatoryPosition), contact.stream().map(change).toList(), annexes.stream()
                        .map(annex -> new Annex(change.apply(annex.title()), annex.lines().stream().map(change).toList(),
                                annex.numbered())).toList());
    }

    public LetterContent {
        office = List.copyOf(office);
        references = List.copyOf(references);
        enclosures = List.copyOf(enclosures);
        body = List.copyOf(body);
        contact = List.copyOf(contact);
        annexes = List.copyOf(annexes);
    }
}
