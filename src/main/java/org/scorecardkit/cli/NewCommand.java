package org.scorecardkit.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.project.InstrumentSkeleton;
import org.scorecardkit.project.StarterProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scorecard new}: writes a starter project of one's own into a new folder, or adds an
 * instrument skeleton to the project around the current folder; prints what it wrote and what to do next.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a project of your own (scorecard new DIR), or add an instrument to one (--instrument NAME).")
final class NewCommand implements Callable<Integer> {
    static final String PLACEHOLDER_ORGANISATION = "Your Organisation";

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "the new project's folder; it must not exist or be empty")
    Path dir;

    @Option(names = "--org", paramLabel = "NAME", description = "the organisation's name, on every page and sheet (asked when not given and a person is at the terminal)")
    String organisation;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Customer Care Scorecards", description = "the site's title (default: ${DEFAULT-VALUE})")
    String title;

    @Option(names = "--language", paramLabel = "TAG", defaultValue = "en", description = "the pages' language as a BCP 47 tag, e.g. en, fr, pt-BR (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = "--instrument", paramLabel = "NAME", description = "instead of a project: add instruments/NAME.yaml, a commented skeleton that validates, to the project here")
    String instrument;

    @Mixin
    ContentOption contentOption;

    @Override
    public Integer call() throws IOException {
        if (instrument != null) {
            return addInstrument();
        }
        if (dir == null) {
            throw new Failure.Refused("name the new project's folder, e.g. scorecard new my-workshop"
                    + " (or add an instrument to this project with --instrument NAME)");
        }
        String org = organisation != null ? organisation.strip() : ask();
        StarterProject.Written written = StarterProject.write(dir, new StarterProject.Settings(title.strip(), org, language.strip()));
        System.out.println("Started " + dir + ": site.yaml, " + Report.count(written.instruments(), "instrument") + ", "
                + Report.count(written.pages(), "page") + ", the schemas and a .gitignore.");
        if (PLACEHOLDER_ORGANISATION.equals(org)) {
            System.out.println("Write your organisation's name in " + dir.resolve("site.yaml") + " (or start again with --org NAME).");
        }
        boolean here = dir.normalize().toString().isEmpty();
        System.out.println("Next: " + (here ? "" : "cd " + dir + " && ") + "scorecard build    (the site is written to "
                + dir.resolve("site").normalize() + "/)");
        return 0;
    }

    /** The organisation from the person at the terminal; the placeholder when nobody is there (a script, a test). */
    private static String ask() {
        Console console = System.console();
        if (console == null) {
            return PLACEHOLDER_ORGANISATION;
        }
        String answer = console.readLine("Organisation's name, shown on every page and sheet [%s]: ", PLACEHOLDER_ORGANISATION);
        return answer == null || answer.isBlank() ? PLACEHOLDER_ORGANISATION : answer.strip();
    }

    private int addInstrument() throws IOException {
        if (dir != null) {
            throw new Failure.Refused("--instrument adds to the project here, so it takes no folder: cd into "
                    + dir + " first, or name its content with --content " + dir);
        }
        if (!InstrumentSkeleton.isId(instrument)) {
            throw new Failure.Refused("\"" + instrument + "\" cannot be an instrument id: use lower-case letters and digits"
                    + " joined by single hyphens, e.g. my-survey");
        }
        Path content = contentOption.dir();
        Path file = InstrumentSkeleton.write(content, instrument);
        System.out.println("Wrote " + file + ": edit its words, then scorecard build; it appears on the home page"
                + " (list it under instruments: in site.yaml to choose its place).");
        // The skeleton validates as written; checking the whole project shows at once whether anything else needs fixing.
        return Report.problems(ContentLoader.load(content), content, false) ? 0 : 1;
    }
}
