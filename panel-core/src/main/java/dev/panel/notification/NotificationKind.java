package dev.panel.notification;

/** What a notification tells. Reminders and digests can be turned off on My account; everything else always goes. */
public enum NotificationKind {
    PANEL_INVITATION("Put on a panel", Choice.ALWAYS),
    PANEL_UPDATE("Interview changed", Choice.ALWAYS),
    PANEL_CANCELLATION("Taken off a panel", Choice.ALWAYS),
    REMINDER("Reminder before an interview", Choice.REMINDERS),
    SCORECARD_OVERDUE("Scorecard overdue", Choice.REMINDERS),
    LATE_SCORECARDS_DIGEST("Daily digest of late scorecards", Choice.DIGESTS),
    READY_FOR_DEBRIEF("Ready for debrief", Choice.ALWAYS),
    DECISION_RECORDED("Decision recorded", Choice.ALWAYS),
    ACCOUNT_INVITATION("Invitation to Panel", Choice.ALWAYS),
    PASSWORD_RESET("Password reset", Choice.ALWAYS);

    /** Which of a person's choices lets this kind through. */
    enum Choice { ALWAYS, REMINDERS, DIGESTS }

    private final String label;
    private final Choice choice;

    NotificationKind(String label, Choice choice) {
        this.label = label;
        this.choice = choice;
    }

    public String label() {
        return label;
    }

    Choice choice() {
        return choice;
    }

    /** The kinds that carry a calendar part for one interview; their count per person is the event's SEQUENCE. */
    static final java.util.List<NotificationKind> ABOUT_A_PANEL = java.util.List.of(PANEL_INVITATION, PANEL_UPDATE, PANEL_CANCELLATION);
}
