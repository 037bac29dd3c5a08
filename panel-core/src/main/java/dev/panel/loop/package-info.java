/**
 * Loops: one candidate going through one published plan, frozen when the loop opens (stages, questions,
 * and the rubric version of every focus competency), with one interview per stage and its panelists.
 */
package dev.panel.loop;
