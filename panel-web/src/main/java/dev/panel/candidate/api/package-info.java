/** REST endpoints for candidates: recruiters and hiring managers add them and list them. */
package dev.panel.candidate.api;
