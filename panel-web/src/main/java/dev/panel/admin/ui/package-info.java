/** Admin pages: the audit log viewer. */
package dev.panel.admin.ui;
