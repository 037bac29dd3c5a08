package dev.panel.access;

import dev.panel.user.Role;

import java.util.Optional;

/**
 * The callers of the access matrix, one column each: nobody signed in, each of the four roles, and those whose
 * right depends on the object rather than the role. The matrix's objects (loop, interview, scorecard, plan) belong
 * to a role whose hiring manager is {@link #HIRING_MANAGER}; {@link #INTERVIEWER} sits on the loop's panel.
 */
enum Principal {
    ANONYMOUS("anonymous", null),
    ADMIN("admin", Role.ADMIN),
    RECRUITER("recruiter", Role.RECRUITER),
    /** The hiring manager of the role the matrix's loops are for. */
    HIRING_MANAGER("hiring_manager", Role.HIRING_MANAGER),
    /** A hiring manager of another role. */
    OTHER_HIRING_MANAGER("other_hiring_manager", Role.HIRING_MANAGER),
    /** An interviewer on the panel of the matrix's loop. */
    INTERVIEWER("interviewer", Role.INTERVIEWER),
    /** An interviewer on no panel of the matrix's loops. */
    OTHER_INTERVIEWER("other_interviewer", Role.INTERVIEWER);

    private final String column;
    private final Role role;

    Principal(String column, Role role) {
        this.column = column;
        this.role = role;
    }

    String column() {
        return column;
    }

    Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    static Principal ofColumn(String column) {
        for (Principal p : values()) {
            if (p.column.equals(column)) {
                return p;
            }
        }
        throw new IllegalArgumentException("access-matrix.csv names an unknown principal column: " + column);
    }
}
