/**
 * Ratings as one stream: every rating of submitted scorecards, or of an imported dataset, read page by page
 * so that a million never sit in memory; and the import of historical ratings from CSV as named datasets.
 */
package dev.panel.ratings;
