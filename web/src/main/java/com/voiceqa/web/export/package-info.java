/**
 * CSV export of calls, findings and accounts for spreadsheets (Excel opens UTF-8 CSV with a byte-order mark),
 * limited to what the user may see through {@link com.voiceqa.web.security.VisibilityScope}.
 */
package com.voiceqa.web.export;
