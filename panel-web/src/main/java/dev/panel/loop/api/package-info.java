/** REST endpoints for loops and their interviews: opening a loop, assigning panels, an interviewer's list and kit. */
package dev.panel.loop.api;
