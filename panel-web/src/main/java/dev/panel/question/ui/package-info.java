/** The question bank in the UI: a lazily loaded, filtered grid and a form for every field of a question. */
package dev.panel.question.ui;
