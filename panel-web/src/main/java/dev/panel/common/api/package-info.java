/** The REST API's shared wiring: one error shape, {@code {"error": code, "message": text}}, for every failure. */
package dev.panel.common.api;
