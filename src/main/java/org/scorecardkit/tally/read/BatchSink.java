package org.scorecardkit.tally.read;

/** Where a reader hands its full batches: takes one and gives back an empty batch to fill next. */
@FunctionalInterface
public interface BatchSink {
    CellBatch accept(CellBatch full);
}
