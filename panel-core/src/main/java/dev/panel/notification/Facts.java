package dev.panel.notification;

/**
 * The names of a notification's facts. They are what a message needs and nothing more: names, stage, times and
 * paths, never a rating, a note, evidence or a recommendation.
 */
final class Facts {

    static final String CANDIDATE = "candidate";
    static final String STAGE = "stage";
    static final String MINUTES = "minutes";
    static final String STARTS_AT = "startsAt";
    static final String PREVIOUS_STARTS_AT = "previousStartsAt";
    static final String SEQUENCE = "sequence";
    static final String LEAD = "lead";
    static final String DUE_AT = "dueAt";
    static final String PATH = "path";
    static final String OUTCOME = "outcome";
    static final String BY = "by";
    static final String TOKEN = "token";
    static final String EXPIRES_AT = "expiresAt";
    static final String SCORECARDS = "scorecards";
    /** Digest lines: {@code late.0}, {@code late.1}, … each "interviewer|candidate|stage|dueAt". */
    static final String LATE = "late.";

    /** The paths of Panel's pages a message links to (the web module's routes). */
    static String interviewPath(long interviewId) {
        return "interview/" + interviewId;
    }

    static String loopPath(long loopId) {
        return "loops/" + loopId;
    }

    static String debriefPath(long loopId) {
        return "loops/" + loopId + "/debrief";
    }

    static final String WELCOME_PATH = "welcome/";
    static final String MY_INTERVIEWS_PATH = "interviews";
    static final String ACCOUNT_PATH = "account";

    private Facts() {
    }
}
