package th.go.phuket.planning.letter;

import th.go.phuket.planning.calendar.ThaiDates;

/**
 * Digits as the office writes them: Thai digits (๐–๙) by default, as official letters do, or Arabic digits when
 * the office turns {@code planning.letters.thai-digits} off.
 */
public record Numerals(boolean thai) {

    public String of(String text) {
        return thai ? ThaiDates.thaiDigits(text) : text;
    }

    public String of(long number) {
        return of(Long.toString(number));
    }
}
