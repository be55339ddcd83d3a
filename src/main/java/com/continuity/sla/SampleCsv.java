package com.continuity.sla;

import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import com.continuity.sla.model.ErrorSample;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Error-rate samples as CSV, one per line: {@code start,end,total,failed}, times in ISO-8601 UTC
 * (2026-02-18T14:20:00Z). A first line that starts with a letter is a header. Every bad line is reported with its
 * number, and then nothing is imported.
 */
final class SampleCsv {

    static final int MAX_ERRORS = 100;

    private SampleCsv() {
    }

    static List<ErrorSample> read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ValidationException(List.of(new FieldError("$", "the file is not UTF-8 text")));
        }
        List<ErrorSample> samples = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length && errors.size() < MAX_ERRORS; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && Character.isLetter(line.charAt(0)))) {
                continue;
            }
            int number = i + 1;
            String[] cells = line.split(",", -1);
            if (cells.length != 4) {
                errors.add(error(number, "expected 4 values (start, end, total, failed); got " + cells.length));
                continue;
            }
            try {
                Instant start = Instant.parse(cells[0].strip());
                Instant end = Instant.parse(cells[1].strip());
                long total = Long.parseLong(cells[2].strip());
                long failed = Long.parseLong(cells[3].strip());
                if (!end.isAfter(start)) {
                    errors.add(error(number, "the end " + end + " must be after the start " + start));
                } else if (total < 0 || failed < 0 || failed > total) {
                    errors.add(error(number, "failed must be between 0 and total (" + total + "); got " + failed));
                } else {
                    samples.add(new ErrorSample(start, end, total, failed));
                }
            } catch (DateTimeParseException e) {
                errors.add(error(number, "start and end must be UTC times such as 2026-02-18T14:20:00Z; got '"
                        + e.getParsedString() + "'"));
            } catch (NumberFormatException e) {
                errors.add(error(number, "total and failed must be whole numbers; " + e.getMessage()));
            }
        }
        if (samples.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("$", "the file holds no samples; expected lines of start,end,total,failed"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return samples;
    }

    private static FieldError error(int line, String message) {
        return new FieldError("line " + line, line, message);
    }
}
