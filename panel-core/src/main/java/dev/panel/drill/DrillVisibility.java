package dev.panel.drill;

import dev.panel.user.Actor;
import dev.panel.user.Role;

import java.util.List;

/**
 * Who may read a drill rating. Your own, always. Another person's draft, never. Another's submitted rating:
 * never while you have ratings of your own in the drill that you have not submitted (you rate blind, whatever
 * other role you hold); otherwise if you have submitted yours, or if you build drills and are not taking this one.
 */
final class DrillVisibility {

    private DrillVisibility() {
    }

    record Reader(Actor actor, boolean takingIt, boolean submittedOwn) {
    }

    static Reader reader(Actor actor, List<DrillRating> all) {
        List<DrillRating> mine = all.stream().filter(r -> r.interviewerId() == actor.id()).toList();
        return new Reader(actor, !mine.isEmpty(), hasSubmitted(mine));
    }

    static boolean maySee(Reader reader, DrillRating rating) {
        if (rating.interviewerId() == reader.actor().id()) {
            return true;
        }
        if (!rating.submitted()) {
            return false;
        }
        if (reader.takingIt()) {
            return reader.submittedOwn();
        }
        return reader.actor().mayActAs(Role.HIRING_MANAGER);
    }

    /** Whether these (one person's) ratings of a drill are submitted; they are submitted together or not at all. */
    static boolean hasSubmitted(List<DrillRating> mine) {
        return !mine.isEmpty() && mine.stream().allMatch(DrillRating::submitted);
    }
}
