/**
 * The question bank: what interviewers ask, with its kind and level, the competencies it gives evidence
 * for, the signal it should surface, follow-up probes, signs of a strong answer and red flags.
 */
package dev.panel.question;
