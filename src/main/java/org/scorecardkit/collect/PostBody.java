package org.scorecardkit.collect;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * A post's body read within {@link Collector.Settings#MAX_BODY} and parsed, form-encoded or JSON, into the
 * fields the checker reads (item ids and the meta fields, a multiple choice joined with ";") and the
 * control fields the endpoint itself reads ({@code _id}, {@code _elapsed}, {@code _gotcha}).
 *
 * @param fields the record's fields in the order posted
 * @param submission the {@code _id} posted, or null when none (or blank) was
 * @param elapsed the seconds the page was open ({@code _elapsed}), or null when not posted
 * @param gotcha whether the honeypot field was filled in
 * @param raw the body as text, which a problem quotes
 */
record PostBody(Map<String, String> fields, String submission, Double elapsed, boolean gotcha, String raw) {
    static final String ID = "_id";
    static final String ELAPSED = "_elapsed";
    static final String GOTCHA = "_gotcha";
    static final String FORM_NAME = "form-name";
    private static final Pattern SUBMISSION = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the body's content type is JSON (application/json or any {@code +json}). */
    static boolean isJson(Request request) {
        String type = mediaType(request);
        return type.equals("application/json") || type.endsWith("+json");
    }

    /**
     * Reads and parses the body.
     *
     * @throws Refusal 413 above the size limit (said by Content-Length, or found while reading a body without
     *                 one), 415 for a content type other than form encoding or JSON, 400 for a body that is not
     *                 what its type says or a malformed {@code _id} or {@code _elapsed}
     */
    static PostBody read(Request request) throws IOException, Refusal {
        String type = mediaType(request);
        boolean json = isJson(request);
        if (!json && !type.equals("application/x-www-form-urlencoded")) {
            throw new Refusal(415, null, "collect.error.content-type");
        }
        String text = new String(bytes(request), StandardCharsets.UTF_8);
        return of(json ? json(text) : form(text), text);
    }

    private static byte[] bytes(Request request) throws IOException, Refusal {
        int max = Collector.Settings.MAX_BODY;
        if (request.getLength() > max) {
            throw tooLarge();
        }
        // Without a Content-Length (a chunked upload), reading stops one byte past the limit.
        try (InputStream in = Request.asInputStream(request)) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw tooLarge();
            }
            return b;
        }
    }

    private static Refusal tooLarge() {
        return new Refusal(413, null, "collect.error.too-large", Collector.Settings.MAX_BODY / 1024);
    }

    private static String mediaType(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** Form encoding: a repeated key (a multiple choice's checked boxes) gives its non-blank values joined with ";". */
    static Map<String, List<String>> form(String body) throws Refusal {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new Refusal(400, null, "collect.error.not-form");
            }
        }
        return fields;
    }

    /** JSON: flat fields, or the page's download shape with the items under {@code answers}; a list is a multiple choice. */
    static Map<String, List<String>> json(String body) throws Refusal {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new Refusal(400, null, "collect.error.not-json");
        }
        if (root == null || !root.isObject()) {
            throw new Refusal(400, null, "collect.error.not-json");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : root.properties()) {
            if (f.getKey().equals("answers") && f.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> a : f.getValue().properties()) {
                    put(fields, a.getKey(), a.getValue());
                }
            } else {
                put(fields, f.getKey(), f.getValue());
            }
        }
        return fields;
    }

    private static void put(Map<String, List<String>> fields, String key, JsonNode value) throws Refusal {
        List<String> values = fields.computeIfAbsent(key, k -> new ArrayList<>());
        for (JsonNode v : value.isArray() ? value : List.of(value)) {
            if (v.isContainerNode()) {
                throw new Refusal(400, key, "collect.error.nested");
            }
            if (!v.isNull()) {
                values.add(v.asText());
            }
        }
    }

    /** Separates the control fields from the record's and checks their form. */
    static PostBody of(Map<String, List<String>> posted, String raw) throws Refusal {
        Map<String, String> fields = new LinkedHashMap<>();
        posted.forEach((key, values) -> fields.put(key, String.join(";", values.stream().filter(v -> !v.isBlank()).toList())));
        String id = blankToNull(fields.remove(ID));
        if (id != null && !SUBMISSION.matcher(id).matches()) {
            throw new Refusal(400, ID, "collect.error.id");
        }
        String elapsed = blankToNull(fields.remove(ELAPSED));
        if (elapsed != null && !SECONDS.matcher(elapsed).matches()) {
            throw new Refusal(400, ELAPSED, "collect.error.elapsed");
        }
        boolean gotcha = blankToNull(fields.remove(GOTCHA)) != null;
        fields.remove(FORM_NAME); // Netlify's: names the form, which the path already does
        return new PostBody(fields, id, elapsed == null ? null : Double.valueOf(elapsed), gotcha, raw);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
