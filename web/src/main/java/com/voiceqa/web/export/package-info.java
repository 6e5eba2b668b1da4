/**
 * Export of calls, findings and accounts for spreadsheets, as CSV (Excel opens UTF-8 CSV with a byte-order mark) or
 * as an Excel workbook with the same columns,
 * limited to what the user may see through {@link com.voiceqa.web.security.VisibilityScope}.
 */
package com.voiceqa.web.export;
