/**
 * Writing xlsx workbooks whose long sheets stream: sheet XML written as bytes straight into the zip, while POI
 * builds the rest of the package (styles, small sheets, charts) as a template, in the spirit of POI's own
 * "BigGridDemo" example.
 */
package dev.panel.xlsx;
