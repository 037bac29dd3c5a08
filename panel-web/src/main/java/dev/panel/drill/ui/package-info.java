/**
 * Drills in the browser: the list, the hiring manager's editor and report, and the interviewer's drill, rated in
 * the live scoring components and followed by the feedback.
 */
package dev.panel.drill.ui;
