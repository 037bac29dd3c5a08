/** REST: importing historical ratings as named datasets. */
package dev.panel.ratings.api;
