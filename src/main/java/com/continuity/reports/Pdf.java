package com.continuity.reports;

/** A printed document: its bytes and the file name to offer, e.g. {@code runbook-help-chat.pdf}. */
public record Pdf(String fileName, byte[] bytes) {
}
