/** Starting Panel: the main class, the one-line explanations of why a start failed, and the operator's commands (backup, restore). */
package dev.panel.app;
