/**
 * PDF rendering: the only module that touches JasperReports (templates in {@code reports/} at the top level).
 * It may read every module; only {@code ui} and {@code api} packages use it. Empty until the reports issue.
 */
package com.continuity.reports;
