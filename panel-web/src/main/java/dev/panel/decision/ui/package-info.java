/** The debrief: a loop's submitted scorecards side by side, where the hiring manager records the decision. */
package dev.panel.decision.ui;
