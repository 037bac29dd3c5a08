/** REST endpoints for the hiring decision on a loop: recorded once by the role's hiring manager. */
package dev.panel.decision.api;
