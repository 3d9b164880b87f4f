package org.scorecardkit.tally.stats;

/**
 * The Net Promoter Score of category counts: percentages of promoters, passives and detractors,
 * the score %P − %D, and its 95% interval by the normal approximation to the difference of two
 * proportions of one multinomial sample: score ± 1.96·100·sqrt((pP + pD − (pP − pD)²) / n),
 * clipped to [−100, 100].
 *
 * @param low the interval's lower end; null when n = 0, as are the percentages and the score
 */
public record Nps(long n, long promoters, long passives, long detractors, Double promotersPct,
                  Double passivesPct, Double detractorsPct, Double score, Double low, Double high) {

    /** The method of the interval, in words, as the reports state it. */
    public static final String METHOD = "95% interval: score ± 1.96 × 100 × √((pP + pD − (pP − pD)²) / n), "
            + "the normal approximation for the difference of the promoter and detractor shares of one sample, "
            + "clipped to −100…100";

    public static Nps of(long promoters, long passives, long detractors) {
        long n = promoters + passives + detractors;
        if (n == 0) {
            return new Nps(0, promoters, passives, detractors, null, null, null, null, null, null);
        }
        double pP = (double) promoters / n;
        double pD = (double) detractors / n;
        double score = 100 * (pP - pD);
        double half = 1.96 * 100 * Math.sqrt((pP + pD - (pP - pD) * (pP - pD)) / n);
        return new Nps(n, promoters, passives, detractors, 100 * pP, 100.0 * passives / n, 100 * pD, score,
                Math.max(-100, score - half), Math.min(100, score + half));
    }
}
