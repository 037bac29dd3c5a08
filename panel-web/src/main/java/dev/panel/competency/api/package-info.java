/** REST endpoints for the competency library: competencies and the versions of their rubrics. */
package dev.panel.competency.api;
