package dev.panel.app.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

@Prototype
@Route(value = "hiring", layout = MainLayout.class)
@PageTitle("Hiring manager home · Panel")
@RolesAllowed("HIRING_MANAGER")
public class HiringManagerHomeView extends HomePage {

    HiringManagerHomeView() {
        super("Hiring manager home", "Define roles and their competencies, build question plans that cover them, run debriefs and record decisions.");
        comingNext("The competency library with calibrated, versioned rubrics", "The question bank", "The plan builder with its coverage check", "Debriefs and decisions");
    }
}
