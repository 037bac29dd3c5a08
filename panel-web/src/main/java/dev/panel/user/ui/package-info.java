/** The sign-in view. */
package dev.panel.user.ui;
