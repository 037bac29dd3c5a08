/** REST endpoints for roles being hired for and the competencies they require. */
package dev.panel.role.api;
