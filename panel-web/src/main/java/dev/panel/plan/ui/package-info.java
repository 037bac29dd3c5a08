/**
 * The plan builder in the UI: the list of question plans, and the builder of one plan with its stages in order,
 * the questions of each stage, the live coverage matrix, and publishing (with a written override where the gate fails).
 */
package dev.panel.plan.ui;
