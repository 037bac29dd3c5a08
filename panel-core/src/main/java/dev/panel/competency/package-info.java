/**
 * Competencies (what a panel judges) and their rubrics: an ordered scale with a behavioural anchor per
 * level. Rubrics are versioned; a version never changes, so a scorecard can keep the one it used.
 */
package dev.panel.competency;
