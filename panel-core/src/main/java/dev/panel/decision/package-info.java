/** The hiring manager's decision on a loop: outcome, reason, who and when. Recorded once. */
package dev.panel.decision;
