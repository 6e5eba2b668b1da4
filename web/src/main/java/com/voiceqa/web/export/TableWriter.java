package com.voiceqa.web.export;

import java.io.IOException;
import java.util.List;

/** Where an export's rows go, one at a time (header first): a CSV text or an Excel workbook. */
interface TableWriter {

    void row(List<?> fields);

    /** The finished file; the writer is done with after this. */
    byte[] finish() throws IOException;
}
