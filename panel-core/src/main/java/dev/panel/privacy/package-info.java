/**
 * Candidates' privacy: anonymising, deleting and exporting a candidate's data, and the retention rule that
 * anonymises candidates a configured number of days after their last decision.
 */
package dev.panel.privacy;
