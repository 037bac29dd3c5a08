/**
 * Reading and writing xlsx safely: uploads opened within limits of size, compression ratio and content,
 * cells read with errors that name the sheet, row and column, and typed text kept from turning into formulas.
 */
package dev.panel.reports.xlsx;
