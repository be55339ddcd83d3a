/**
 * The portfolio file (apiVersion continuity/v1): reading it from YAML or JSON with every error and its line,
 * validating the inventory records, and writing them back in the same shape. Plain Java: SnakeYAML and the JDK.
 */
package com.continuity.inventory.portfolio;
