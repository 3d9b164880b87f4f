package org.scorecardkit.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The check that an existing output folder may be replaced: it is empty, or it holds exactly
 * what its manifest lists (no other file, none changed, none missing), or, written by a release
 * without manifests, it has the kind's marker file and nothing this kind of run would not write.
 * A refusal is one line naming the first file that is not the kit's, and what to do.
 */
final class Replaceable {
    private final Path display;
    private final Path real;
    private final StagedFolder.Kind kind;

    Replaceable(Path display, Path real, StagedFolder.Kind kind) {
        this.display = display;
        this.real = real;
        this.kind = kind;
    }

    /**
     * Refuses a folder that may not be replaced; returns whether it is a folder without a manifest
     * accepted as an earlier release's output.
     *
     * @param staging the new output, for the legacy rule; null before any work
     * @param hashes whether to compare file contents, not only names and sizes
     */
    boolean check(Path staging, boolean hashes) throws IOException {
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Manifest listed = Manifest.read(real);
        boolean hasManifestFile = Files.exists(real.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS);
        Manifest actual = Manifest.scan(real, "", hashes && listed != null);
        if (listed != null) {
            if (!listed.kind().equals(kind.name())) {
                throw new OutputRefused("the output folder " + display + " holds the output of a " + listed.kind()
                        + ", not of a " + kind.name() + "; choose another " + kind.option());
            }
            refuse(listed.compare(actual));
            return false;
        }
        if (hasManifestFile) {
            refuse(new Manifest.Difference(Manifest.FILE, Manifest.Difference.Why.NOT_OURS, false));
        }
        if (actual.entries().isEmpty()) {
            return false;
        }
        boolean marked = Files.isRegularFile(real.resolve(kind.marker()), LinkOption.NOFOLLOW_LINKS);
        List<Manifest.Difference> foreign = new ArrayList<>();
        for (Manifest.Entry e : actual.entries().values()) {
            boolean dir = e.type() == Manifest.Type.DIR;
            if (!marked || e.type() == Manifest.Type.OTHER || !kind.legacy().ours(e.path(), dir, staging)) {
                foreign.add(new Manifest.Difference(e.path(), Manifest.Difference.Why.NOT_OURS, dir));
            }
        }
        refuse(Manifest.Difference.first(foreign));
        return true;
    }

    private void refuse(Manifest.Difference d) throws IOException {
        if (d == null) {
            return;
        }
        String path = display.resolve(d.path()) + (d.dir() ? "/" : "");
        String fix = "; move it away or choose another " + kind.option();
        throw new OutputRefused(switch (d.why()) {
            case NOT_OURS -> path + " was not written by a " + kind.name() + fix;
            case CHANGED -> path + " was changed since a " + kind.name() + " wrote it" + fix;
            case MISSING -> path + " was written by the last " + kind.name() + " but is missing, so " + display
                    + " is not exactly its output; move the folder away or choose another " + kind.option();
        });
    }
}
