/**
 * PDF rendering: the only module that touches JasperReports (templates in {@code reports/} at the top level).
 * It may read every module; only {@code ui} and {@code api} packages use it.
 * <p>
 * Each document is assembled in Java as a list of {@link com.continuity.reports.Block}s, what each line is; the
 * template {@code reports/document.jrxml} says how each kind of block looks. See decision 0009.
 */
package com.continuity.reports;
