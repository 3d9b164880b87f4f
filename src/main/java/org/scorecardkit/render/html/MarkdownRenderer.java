package org.scorecardkit.render.html;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import gg.jte.Content;
import java.util.List;
import java.util.Set;
import org.scorecardkit.load.UrlPolicy;
import org.scorecardkit.model.SitePaths;

/**
 * Turns content Markdown into HTML for one page of the site, rewriting root-relative links
 * ({@code workshop.md}, {@code skillset/}) into paths relative to that page, so the site also
 * works opened from disk. Raw HTML in Markdown is escaped, and a link or image whose target the
 * {@link UrlPolicy} refuses is written as its text alone.
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
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new SafeLinks())
                .linkResolverFactory(new Links()).build();
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
                if (!UrlPolicy.allowed(url)) {
                    // SafeLinks drops such links before they get here; this catches any other path.
                    return link.withUrl("#").withStatus(LinkStatus.INVALID);
                }
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

    /**
     * Renders a link or image whose target the {@link UrlPolicy} refuses as its text alone (no href,
     * no src), so content that bypassed validation still cannot run script; the rest render as usual.
     */
    private static final class SafeLinks implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Link.class, (n, ctx, html) -> {
                        if (allowed(n.getUrl(), ctx)) {
                            ctx.delegateRender();
                        } else {
                            ctx.renderChildren(n);
                        }
                    }),
                    new NodeRenderingHandler<>(Image.class, (n, ctx, html) -> {
                        if (allowed(n.getUrl(), ctx)) {
                            ctx.delegateRender();
                        } else {
                            html.text(n.getText().unescape());
                        }
                    }),
                    new NodeRenderingHandler<>(AutoLink.class, (n, ctx, html) -> {
                        if (allowed(n.getUrl(), ctx)) {
                            ctx.delegateRender();
                        } else {
                            html.text(n.getText().unescape());
                        }
                    }),
                    new NodeRenderingHandler<>(LinkRef.class, (n, ctx, html) -> {
                        if (allowed(referenced(n), ctx)) {
                            ctx.delegateRender();
                        } else {
                            ctx.renderChildren(n);
                        }
                    }),
                    new NodeRenderingHandler<>(ImageRef.class, (n, ctx, html) -> {
                        if (allowed(referenced(n), ctx)) {
                            ctx.delegateRender();
                        } else {
                            html.text(n.getText().unescape());
                        }
                    }));
        }

        /** Whether the target, as written and as the site's resolver rewrites it, passes the allow-list. */
        private static boolean allowed(BasedSequence url, NodeRendererContext ctx) {
            String target = url.unescape();
            return UrlPolicy.allowed(target) && UrlPolicy.allowed(ctx.resolveLink(LinkType.LINK, target, null).getUrl());
        }

        /** The target of a reference-style link or image; empty when it names no definition (then it renders as text). */
        private static BasedSequence referenced(RefNode n) {
            Reference ref = n.isDefined() ? n.getReferenceNode(n.getDocument()) : null;
            return ref == null ? BasedSequence.NULL : ref.getUrl();
        }
    }
}
