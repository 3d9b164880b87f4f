package org.scorecardkit.load;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Types a YAML scalar by YAML 1.2's core schema rather than SnakeYAML's YAML 1.1 rules, keeping the
 * text as written: only {@code true}/{@code false} are booleans and only plain decimal digits are
 * numbers, so {@code yes}, {@code no}, {@code on}, {@code off}, {@code 0x1F} and {@code 1_000} are
 * text, and {@code 010} is ten, not eight.
 */
final class ScalarTypes {
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private ScalarTypes() {
    }

    /**
     * The scalar for a token of Jackson's YAML parser and its text. A quoted value is always text;
     * a plain one that YAML 1.1 calls a boolean or number keeps that type only when YAML 1.2 agrees.
     */
    static YamlNode.Scalar scalar(Position at, JsonToken token, String text) {
        String written = text == null ? "" : text;
        Object value = switch (token) {
            case VALUE_NULL -> null;
            case VALUE_TRUE, VALUE_FALSE -> BOOLEAN.matcher(written).matches()
                    ? Boolean.valueOf(written.toLowerCase(java.util.Locale.ROOT)) : written;
            case VALUE_NUMBER_INT -> INTEGER.matcher(written).matches() ? integer(written) : written;
            case VALUE_NUMBER_FLOAT -> DECIMAL.matcher(written).matches() ? (Object) Double.valueOf(written) : written;
            default -> written;
        };
        return new YamlNode.Scalar(at, value, value == null ? "" : written);
    }

    /** A decimal whole number in the smallest of Integer, Long and BigInteger that holds it. */
    private static Number integer(String digits) {
        BigInteger n = new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
        if (n.bitLength() < 32) {
            return n.intValue();
        }
        return n.bitLength() < 64 ? (Number) n.longValue() : n;
    }
}
