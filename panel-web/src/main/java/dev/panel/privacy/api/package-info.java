/** REST endpoints for candidates' privacy: export as JSON, anonymise, delete. */
package dev.panel.privacy.api;
