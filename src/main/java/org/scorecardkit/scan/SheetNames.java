package org.scorecardkit.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.load.SheetManifestReader;
import org.scorecardkit.model.Instrument;

/**
 * Fills in who returned each personalised sheet from the print manifest (serial → name, group).
 * A serial the manifest does not list, or a manifest printed for another instrument or version
 * (whose serials belong to other people), is a warning line: the sheet is read, its respondent left empty.
 */
final class SheetNames {
    private SheetNames() {
    }

    /** The sheets with respondent and group filled where the manifest knows the serial, and the warnings. */
    record Named(List<ScannedSheet> sheets, List<String> warnings) {
    }

    static Named fill(List<ScannedSheet> sheets, Map<String, SheetManifestReader.Entry> manifest, Instrument instrument) {
        if (manifest.isEmpty()) {
            return new Named(sheets, List.of());
        }
        List<String> warnings = new ArrayList<>();
        SheetManifestReader.Entry other = manifest.values().stream()
                .filter(e -> !e.instrument().equals(instrument.id()) || !e.version().equals(instrument.version()))
                .findFirst().orElse(null);
        if (other != null) {
            warnings.add(ScanMessages.manifestOfAnother(other.instrument(), other.version(), instrument));
            return new Named(sheets, warnings);
        }
        List<ScannedSheet> named = new ArrayList<>();
        for (ScannedSheet s : sheets) {
            SheetManifestReader.Entry e = manifest.get(s.serial());
            if (e != null) {
                named.add(s.named(e.name(), e.group()));
            } else {
                if (!s.serial().equals(SheetAssembly.BLANK_SERIAL)) {
                    warnings.add(ScanMessages.serialNotInManifest(s.sheet(), s.serial()));
                }
                named.add(s);
            }
        }
        return new Named(named, warnings);
    }
}
