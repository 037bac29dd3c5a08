/** REST endpoints for question plans: writing drafts, their coverage, publishing (with an override reason), retiring. */
package dev.panel.plan.api;
