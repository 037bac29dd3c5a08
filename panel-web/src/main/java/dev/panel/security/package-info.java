/**
 * Who is signed in, and what they may open: the session user for the UI (Vaadin's navigation access
 * control reads it through the servlet request), and bearer tokens for the REST API (Micronaut Security).
 */
package dev.panel.security;
