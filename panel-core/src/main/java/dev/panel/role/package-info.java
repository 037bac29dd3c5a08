/** Roles being hired for (e.g. Technical Lead): level, description, and the competencies they need, each with a weight and a must-have flag. */
package dev.panel.role;
