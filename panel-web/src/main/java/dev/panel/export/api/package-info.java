/** REST: downloads of the spreadsheets, streamed as they are written. */
package dev.panel.export.api;
