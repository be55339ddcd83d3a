package com.continuity.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A document ready to print: its title, a subtitle, a short name for its file, what it was made from (e.g.
 * "service help-chat, version 3") and its blocks.
 */
public record Document(String title, String subtitle, String fileName, String source, List<Block> blocks) {

    public Document {
        blocks = List.copyOf(blocks);
    }

    /**
     * The first 12 hex digits of a SHA-256 over every block: two prints with the same fingerprint say the same,
     * so a reader can tell whether the copy on the wall is the current one.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(title.getBytes(StandardCharsets.UTF_8));
            for (Block block : blocks) {
                sha.update(block.words().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
