/** REST endpoints for the question bank: searching it page by page, reading, adding and changing questions. */
package dev.panel.question.api;
