/**
 * Scorecards: one interviewer's record of one interview (notes per question, a rating with evidence per
 * focus competency, an overall recommendation). Drafts are private; a submitted scorecard changes only
 * through an amendment with a reason; and nobody on a panel sees another panelist's scorecard before
 * submitting their own.
 */
package dev.panel.scorecard;
