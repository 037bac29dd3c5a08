/**
 * The starter library (competencies, rubrics, roles, questions and plans for hiring engineering leaders,
 * from {@code library/starter-library.yaml}), the demo candidates and loops, and what runs at first start.
 */
package dev.panel.library;
