package th.go.phuket.planning.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calendar is plain Java: no Camunda anywhere in it, Spring only at its edges (JDBC, configuration, web). */
class CalendarArchitectureTest {

    private final JavaClasses calendar = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("th.go.phuket.planning.calendar");

    @Test
    void nothingInTheCalendarUsesCamunda() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.camunda..").check(calendar);
    }

    @Test
    void theWorkingDayArithmeticAndDateFormattingDoNotNeedSpring() {
        noClasses().that().resideInAPackage("th.go.phuket.planning.calendar")
                .and().doNotHaveSimpleName("HolidayRepository")
                .and().doNotHaveSimpleName("HolidaySeeder")
                .and().doNotHaveSimpleName("HolidayBook")
                .and().doNotHaveSimpleName("CalendarConfiguration")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(calendar);
    }
}
