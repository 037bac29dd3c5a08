package dev.panel.user;

/** What a person does in Panel; a user may hold several. */
public enum Role {
    ADMIN("Admin"),
    HIRING_MANAGER("Hiring manager"),
    INTERVIEWER("Interviewer"),
    RECRUITER("Recruiter");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
