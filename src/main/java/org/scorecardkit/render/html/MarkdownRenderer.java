package org.scorecardkit.render.html;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import gg.jte.Content;
import java.util.List;
import java.util.Set;
import org.scorecardkit.model.SitePaths;

/**
 * Turns content Markdown into HTML for one page of the site, rewriting root-relative links
 * ({@code workshop.md}, {@code skillset/}) into paths relative to that page, so the site also
 * works opened from disk. Raw HTML in Markdown is escaped.
 */
public final class MarkdownRenderer {
    private static final DataKey<String> PAGE = new DataKey<>("SCORECARD_PAGE", "index.html");

    private final Set<String> outputs;
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer(Set<String> outputs) {
        this.outputs = outputs;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(TablesExtension.CLASS_NAME, "table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).linkResolverFactory(new Links()).build();
    }

    /** Block Markdown (paragraphs, lists, tables) for the page at {@code pagePath}; empty for null. */
    public Content block(String markdown, String pagePath) {
        String html = markdown == null ? "" : toHtml(markdown, pagePath);
        return output -> output.writeContent(html);
    }

    /** One line of inline Markdown (emphasis, links) without a wrapping paragraph. */
    public Content inline(String markdown, String pagePath) {
        String html = markdown == null ? "" : toHtml(markdown, pagePath).strip();
        String inner = html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0
                ? html.substring(3, html.length() - 4) : html;
        return output -> output.writeContent(inner);
    }

    /** Block Markdown as an HTML string, for data the page's script inserts; "" for null. */
    public String html(String markdown, String pagePath) {
        return markdown == null ? "" : toHtml(markdown, pagePath);
    }

    private String toHtml(String markdown, String pagePath) {
        Document doc = parser.parse(markdown);
        doc.set(PAGE, pagePath);
        return renderer.render(doc);
    }

    /** Resolves links by the site's rules and makes them relative to the page being rendered. */
    private final class Links extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            String page = PAGE.get(context.getDocument());
            return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) -> {
                String url = link.getUrl();
                String target = SitePaths.resolve(url, outputs);
                if (target == null || SitePaths.isExternal(url)) {
                    return link;
                }
                String href = target.isEmpty() ? SitePaths.suffix(url)
                        : SitePaths.toRoot(page) + target + SitePaths.suffix(url);
                return link.withUrl(href).withStatus(LinkStatus.VALID);
            };
        }
    }
}
