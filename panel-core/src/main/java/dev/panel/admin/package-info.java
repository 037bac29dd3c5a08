/** What admins oversee: reading the audit trail. */
package dev.panel.admin;
