/** Value types and errors every module shares: keys, file names of enum values, validation and conflict errors. */
package com.continuity.shared;
