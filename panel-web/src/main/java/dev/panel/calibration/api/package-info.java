/** REST: the calibration statistics of the ratings a caller may read. */
package dev.panel.calibration.api;
