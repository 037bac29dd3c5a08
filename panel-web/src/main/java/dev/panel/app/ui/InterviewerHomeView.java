package dev.panel.app.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

@Prototype
@Route(value = "interviews", layout = MainLayout.class)
@PageTitle("My interviews · Panel")
@RolesAllowed("INTERVIEWER")
public class InterviewerHomeView extends HomePage {

    InterviewerHomeView() {
        super("My interviews", "Prepare with the interview kit, score each competency against its anchors, and submit your scorecard on your own, before any discussion.");
        comingNext("Your interviews: today, upcoming and past", "The interview kit and scorecard, autosaved as you type");
    }
}
