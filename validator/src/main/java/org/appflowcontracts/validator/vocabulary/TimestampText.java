package org.appflowcontracts.validator.vocabulary;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a timestamp string in the forms the imported timestamp schema accepts (schemas README, "Timestamps"):
 * epoch seconds as a decimal string, an ISO 8601 date (midnight UTC), or a date and time with optional seconds,
 * fraction and offset ({@code Z}, {@code +HH:MM}, {@code +HHMM}, {@code +HH}; none means UTC), as the AWS SDKs
 * and CLI read them before sending epoch seconds. Fractions are read to the nanosecond; epoch text of more than
 * 18 integer digits (beyond any date) is not read. The compiled validators' runtime carries the same reading;
 * both must stay identical.
 */
public final class TimestampText {

    private static final Pattern EPOCH_SECONDS = Pattern.compile("([0-9]+)(?:\\.([0-9]+))?");
    private static final Pattern ISO_8601 = Pattern.compile(
            "([0-9]{4})-([0-9]{2})-([0-9]{2})"
                    + "(?:[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]+))?)?"
                    + "(?:[Zz]|([+-])([0-9]{2})(?::?([0-9]{2}))?)?)?");
    private static final long SECONDS_PER_DAY = 86_400;
    /** Digits read: nanoseconds at most (the SDKs send whole seconds), and no more integer digits than a long has. */
    private static final int FRACTION_DIGITS = 9;
    private static final int EPOCH_DIGITS = 18;

    private TimestampText() {
    }

    /** The instant as a decimal count of epoch seconds (exact, fraction kept), or empty when not a timestamp. */
    public static Optional<BigDecimal> epochSeconds(String text) {
        Matcher epoch = EPOCH_SECONDS.matcher(text);
        if (epoch.matches()) {
            // Bounded before parsing: BigDecimal reads a long digit string in quadratic time.
            String integer = withoutLeadingZeros(epoch.group(1));
            if (integer.length() > EPOCH_DIGITS) {
                return Optional.empty();
            }
            return Optional.of(withFraction(new BigDecimal(integer), epoch.group(2)));
        }
        Matcher m = ISO_8601.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        int hour = number(m.group(4));
        int minute = number(m.group(5));
        int second = number(m.group(6));
        int offsetHours = number(m.group(9));
        int offsetMinutes = number(m.group(10));
        if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
            return Optional.empty();
        }
        long offset = (offsetHours * 3600L + offsetMinutes * 60L) * ("-".equals(m.group(8)) ? -1 : 1);
        long seconds = date.toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offset;
        return Optional.of(withFraction(BigDecimal.valueOf(seconds), m.group(7)));
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static BigDecimal withFraction(BigDecimal seconds, String fraction) {
        if (fraction == null) {
            return seconds;
        }
        String kept = fraction.length() > FRACTION_DIGITS ? fraction.substring(0, FRACTION_DIGITS) : fraction;
        return seconds.add(new BigDecimal("0." + kept));
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
