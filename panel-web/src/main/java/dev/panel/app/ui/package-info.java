/** The application shell: the main layout with its side navigation, and each role's home page. */
package dev.panel.app.ui;
