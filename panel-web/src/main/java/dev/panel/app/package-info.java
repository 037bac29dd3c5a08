/** Starting Panel: the main class, and the one-line explanations of why a start failed. */
package dev.panel.app;
