/** Candidates: the people being interviewed. Their personal data is kept to a name and an optional email. */
package dev.panel.candidate;
