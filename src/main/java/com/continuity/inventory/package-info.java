/**
 * The AI-dependency inventory: providers, failure domains, business services with their dependencies, paths and
 * drills, and the portfolio file that holds it all.
 */
package com.continuity.inventory;
