/**
 * Spreadsheets people take away: the scorecard export (a long sheet of every rating and a sheet per candidate with
 * the panel side by side), written while the ratings stream in.
 */
package dev.panel.export;
