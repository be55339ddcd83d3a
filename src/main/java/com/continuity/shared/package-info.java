/** Value types and errors every module shares: money, keys, validation and conflict errors. */
package com.continuity.shared;
