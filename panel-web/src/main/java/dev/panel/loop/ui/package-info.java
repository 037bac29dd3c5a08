/** Loops in the UI: the overview of running loops with how many scorecards are in, for hiring managers and recruiters. */
package dev.panel.loop.ui;
