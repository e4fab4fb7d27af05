package th.go.phuket.planning.hearing.web;

import java.util.Locale;
import th.go.phuket.planning.hearing.CommentQueries;

/** The office's list filters as they appear in URLs ({@code ?filter=unanswered}). */
final class OfficeFilters {

    private OfficeFilters() {
    }

    static CommentQueries.OfficeFilter parse(String value) {
        try {
            return CommentQueries.OfficeFilter.valueOf(value == null ? "ALL" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return CommentQueries.OfficeFilter.ALL;
        }
    }

    static String code(CommentQueries.OfficeFilter filter) {
        return filter.name().toLowerCase(Locale.ROOT);
    }
}
