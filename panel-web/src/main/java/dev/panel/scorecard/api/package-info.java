/** REST endpoints for scorecards: an interviewer's draft, submission and amendments, and reading others' under the visibility rule. */
package dev.panel.scorecard.api;
