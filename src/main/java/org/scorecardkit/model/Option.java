package org.scorecardkit.model;

/** One choice of a single- or multiple-choice item: the value stored in responses and its label. */
public record Option(String value, String label) {
}
