/**
 * The interviewer's side: their interviews, and the interview kit with the scorecard in one view, saved
 * as they type, submitted on their own before they can see anyone else's.
 */
package dev.panel.scorecard.ui;
