/** The privacy actions on a candidate, shown where recruiters meet the candidate: export, anonymise, delete. */
package dev.panel.privacy.ui;
