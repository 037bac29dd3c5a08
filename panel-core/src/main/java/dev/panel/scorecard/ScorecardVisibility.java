package dev.panel.scorecard;

import dev.panel.user.Actor;
import dev.panel.user.Role;

/**
 * Who may read a scorecard. Your own, always. Another person's draft, never. Another's submitted
 * scorecard: never while you sit on that loop's panel and have not submitted all of your own, one per
 * interview you sit on (independent scoring comes before any discussion, whatever other role you hold);
 * otherwise admins, recruiters, the role's hiring manager, and panelists of the loop who have submitted.
 */
public final class ScorecardVisibility {

    private ScorecardVisibility() {
    }

    /** What the policy needs to know about the reader's place in the loop; {@code submittedOwn} means every one of their scorecards. */
    public record Reader(Actor actor, boolean panelist, boolean submittedOwn, boolean managesRole) {
    }

    public static boolean maySee(Reader reader, Scorecard scorecard) {
        if (scorecard.interviewerId() == reader.actor().id()) {
            return true;
        }
        if (!scorecard.isSubmitted()) {
            return false;
        }
        if (reader.panelist() && !reader.submittedOwn()) {
            return false;
        }
        Actor actor = reader.actor();
        return actor.isAdmin() || actor.roles().contains(Role.RECRUITER) || reader.managesRole() || reader.panelist();
    }
}
