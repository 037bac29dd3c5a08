/** The "Later outcomes" section of a hired candidate's loop page: outcomes entered, seen and imported. */
package dev.panel.outcome.ui;
