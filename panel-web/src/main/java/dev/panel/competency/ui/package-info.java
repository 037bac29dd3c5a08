/** The competency library in the UI: competencies, the rubric editor (levels side by side), and rubric version history. */
package dev.panel.competency.ui;
