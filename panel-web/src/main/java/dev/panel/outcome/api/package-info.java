/** The REST API of hires' later outcomes: a candidate's outcomes, their import from CSV or xlsx, and the checkpoints. */
package dev.panel.outcome.api;
