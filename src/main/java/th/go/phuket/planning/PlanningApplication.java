package th.go.phuket.planning;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import th.go.phuket.planning.calendar.ThaiDates;

@SpringBootApplication
public class PlanningApplication {

    public static void main(String[] args) {
        // Users, forms and engine REST read dates in Bangkok time, wherever the server runs.
        TimeZone.setDefault(TimeZone.getTimeZone(ThaiDates.BANGKOK));
        SpringApplication.run(PlanningApplication.class, args);
    }
}
