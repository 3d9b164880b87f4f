package org.scorecardkit.collect;

/**
 * A post the endpoint answers with an error status before it reaches the store: the status, the
 * field it is about (null for the whole post) and the key of its message in the collect words.
 */
final class Refusal extends Exception {
    private final int status;
    private final String field;
    private final String key;
    private final transient Object[] args;

    Refusal(int status, String field, String key, Object... args) {
        super(key, null, false, false); // a refusal is an answer, not a failure: no stack trace to fill in
        this.status = status;
        this.field = field;
        this.key = key;
        this.args = args;
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
