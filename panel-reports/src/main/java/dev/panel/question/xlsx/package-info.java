/**
 * The question bank as an xlsx workbook: every field of every question written out, and read back into
 * questions for import, so that a bank survives the trip through a spreadsheet unchanged.
 */
package dev.panel.question.xlsx;
