/**
 * Access and blindness: the access matrix of every REST endpoint and Vaadin route for every kind of caller
 * ({@code access-matrix.csv}), and the object-level checks on ids given directly in a URL or a request.
 */
package dev.panel.access;
