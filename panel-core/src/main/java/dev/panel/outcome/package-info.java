/**
 * Outcomes: how a hired candidate later did, rated at named checkpoints, entered by recruiters and hiring
 * managers or imported, and read by the predictive-validity statistics. Interviewers never see them.
 */
package dev.panel.outcome;
