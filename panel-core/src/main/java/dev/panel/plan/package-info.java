/**
 * Question plans (interview loop templates): ordered stages with their time, focus competencies,
 * questions and number of interviewers, and the coverage gate a plan must pass to be published.
 */
package dev.panel.plan;
