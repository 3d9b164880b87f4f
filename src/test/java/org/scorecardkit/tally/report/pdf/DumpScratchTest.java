package org.scorecardkit.tally.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.aggregate.Breakdown;

class DumpScratchTest {
    @Test
    void dump() throws Exception {
        Path out = Path.of("/tmp/pdf11/final");
        Files.createDirectories(out);
        Files.write(out.resolve("skillset.pdf"), PdfReport.of(WorkshopReturns.summary("skillset", Breakdown.GROUP, WorkshopReturns.sheets(out, "skillset", 30))));
        Files.write(out.resolve("sevencs.pdf"), PdfReport.of(WorkshopReturns.summary("seven-cs", Breakdown.GROUP, WorkshopReturns.sheets(out, "seven-cs", 30))));
        Files.write(out.resolve("nps.pdf"), PdfReport.of(WorkshopReturns.summary("nps", Breakdown.GROUP, WorkshopReturns.nps(out))));
        for (String id : List.of("skillset", "seven-cs")) {
            Instrument ins = WorkshopReturns.instrument(id);
            Path file = WorkshopReturns.sheets(out.resolve(id), id, 30);
            String csv = Files.readString(file).replace("p1,", "李明,").replace("p2,", "Łukasz,").replace("p3,", "محمد علي,");
            Files.writeString(file, csv);
            Scorecards cards = new Scorecards(ins, TallyFixtures.tally(ins, Breakdown.GROUP, file).result().summary(), out.resolve("cards-" + id));
            Tally.accepted(ins, new Tally.Options(List.of(file), Breakdown.GROUP, List.of()), java.util.Map.of(), cards);
        }
    }
}
