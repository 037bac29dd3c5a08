package dev.panel.app.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

@Prototype
@Route(value = "recruiting", layout = MainLayout.class)
@PageTitle("Recruiter home · Panel")
@RolesAllowed("RECRUITER")
public class RecruiterHomeView extends HomePage {

    RecruiterHomeView() {
        super("Recruiter home", "Track candidates through their loops, chase missing scorecards, and export scorecards and calibration workbooks.");
        comingNext("Candidates and loops", "Scorecard exports and the calibration workbook");
    }
}
