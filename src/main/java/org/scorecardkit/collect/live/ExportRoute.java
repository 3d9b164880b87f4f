package org.scorecardkit.collect.live;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.scorecardkit.collect.export.ResponseExport;
import org.scorecardkit.collect.store.ResponseStore;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.render.Words;

/**
 * {@code GET /export/<id>.csv|.jsonl|.xlsx[?since=YYYY-MM-DD]}: streams every stored response of the
 * instrument as that file, with its content type and a download file name.
 */
final class ExportRoute {
    private final ResponseStore responses;
    private final Words words;
    private final AdminReplies replies;

    ExportRoute(ResponseStore responses, Words words, AdminReplies replies) {
        this.responses = responses;
        this.words = words;
        this.replies = replies;
    }

    /** @param instrument the instrument the file name names, or null when it names none */
    void handle(Request request, Response response, Callback callback, Instrument instrument) {
        String path = Request.getPathInContext(request);
        String ext = path.substring(path.lastIndexOf('.') + 1);
        ResponseExport.Format format = switch (ext) {
            case "csv" -> ResponseExport.Format.CSV;
            case "jsonl" -> ResponseExport.Format.JSONL;
            case "xlsx" -> ResponseExport.Format.XLSX;
            default -> null;
        };
        if (instrument == null || format == null || !path.equals("/export/" + instrument.id() + "." + ext)) {
            replies.text(response, callback, HttpStatus.NOT_FOUND_404, words.get("live.not-found"));
            return;
        }
        String sinceText = Request.extractQueryParameters(request).getValue("since");
        Instant since;
        try {
            since = sinceText == null ? null : LocalDate.parse(sinceText).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            replies.text(response, callback, HttpStatus.BAD_REQUEST_400, words.get("live.bad-since", sinceText));
            return;
        }
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type(format));
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION,
                "attachment; filename=\"" + instrument.id() + "-responses." + ext + "\"");
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            ResponseExport.write(instrument, responses, since, format, out);
        } catch (IOException | RuntimeException e) {
            if (!response.isCommitted()) {
                response.getHeaders().remove(HttpHeader.CONTENT_DISPOSITION);
                replies.text(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, words.get("live.export-failed", oneLine(e)));
            } else {
                callback.failed(e);
            }
            return;
        }
        callback.succeeded();
    }

    static String type(ResponseExport.Format format) {
        return switch (format) {
            case CSV -> "text/csv; charset=utf-8";
            case JSONL -> "application/jsonl; charset=utf-8";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        };
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("[\\r\\n]+", " ");
    }
}
