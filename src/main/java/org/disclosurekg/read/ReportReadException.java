package org.disclosurekg.read;

/** A report file that cannot be read at all; the message names the problem in words a user understands. */
public class ReportReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReportReadException(String message) {
        super(message);
    }

    public ReportReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
