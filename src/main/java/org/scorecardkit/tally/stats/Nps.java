package org.scorecardkit.tally.stats;

/**
 * The Net Promoter Score of category counts: percentages of promoters, passives and detractors,
 * the score %P − %D, and its 95% interval by the adjusted-Wald method (Rocks 2016; MeasuringU):
 * <pre>
 *   n' = n + 3,  p'P = (P + ¾) / n',  p'D = (D + ¾) / n',  NPS' = p'P − p'D
 *   V' = p'P + p'D − (p'P − p'D)²           (the variance of one answer scored +1, 0, −1)
 *   interval = 100 · (NPS' ± 1.96 · √(V' / n')), clipped to −100…100
 * </pre>
 * The interval is centred on the adjusted NPS', which pulls small samples towards 0; the score
 * reported is the plain %P − %D.
 *
 * @param low the interval's lower end; null when n = 0, as are the percentages and the score
 * @param small fewer than {@link Summarize#SMALL_N} answers: the interval is given but wide
 * @param vsRest a breakdown key's difference from the respondents not in it, or null (the whole,
 *               no breakdown, or nobody else)
 */
public record Nps(long n, long promoters, long passives, long detractors, Double promotersPct,
                  Double passivesPct, Double detractorsPct, Double score, Double low, Double high,
                  boolean small, Difference vsRest) {

    /** The interval's method as summary.json names it ({@code nps.ci95_method}). */
    public static final String CI95_METHOD = "adjusted-wald";
    /** The method of the interval, in words, as the reports state it. */
    public static final String METHOD = StatText.get("nps.ci95.method");
    static final double Z = 1.96;

    public static Nps of(long promoters, long passives, long detractors) {
        long n = promoters + passives + detractors;
        boolean small = n < Summarize.SMALL_N;
        if (n == 0) {
            return new Nps(0, promoters, passives, detractors, null, null, null, null, null, null, true, null);
        }
        double pP = (double) promoters / n;
        double pD = (double) detractors / n;
        double score = 100 * (pP - pD);
        Adjusted adj = Adjusted.of(promoters, detractors, n);
        double half = 100 * Z * Math.sqrt(adj.variance() / adj.n());
        double centre = 100 * adj.nps();
        return new Nps(n, promoters, passives, detractors, 100 * pP, 100.0 * passives / n, 100 * pD, score,
                Math.max(-100, centre - half), Math.min(100, centre + half), small, null);
    }

    /** This NPS with its difference from the rest of the respondents. */
    public Nps withVsRest(Difference d) {
        return new Nps(n, promoters, passives, detractors, promotersPct, passivesPct, detractorsPct, score, low, high,
                small, d);
    }

    /**
     * The adjusted-Wald estimate of one sample: n' = n + 3 and the adjusted shares, with the
     * variance of one answer V' (so the variance of the estimate is V' / n').
     */
    record Adjusted(double n, double promoters, double detractors) {
        static Adjusted of(long promoters, long detractors, long n) {
            double adjusted = n + 3.0;
            return new Adjusted(adjusted, (promoters + 0.75) / adjusted, (detractors + 0.75) / adjusted);
        }

        double nps() {
            return promoters - detractors;
        }

        double variance() {
            return promoters + detractors - nps() * nps();
        }
    }

    /**
     * A group's NPS minus the NPS of everyone else, with a 95% interval. The two are disjoint sets
     * of respondents, so their adjusted-Wald estimates are independent and the variance of their
     * difference is the sum of their variances (MeasuringU's comparison of two NPS):
     * <pre>
     *   interval = 100 · ((NPS'₁ − NPS'₂) ± 1.96 · √(V'₁/n'₁ + V'₂/n'₂)), clipped to −200…200
     * </pre>
     *
     * @param difference the plain difference of the two scores, group − rest
     * @param n the group's answers; {@code restN} the others'
     * @param small either side has fewer than {@link Summarize#SMALL_N} answers
     */
    public record Difference(double difference, double low, double high, long n, long restN, boolean small) {
        /** The interval's method as summary.json names it. */
        public static final String CI95_METHOD = "adjusted-wald-difference";

        /** Whether the interval lies wholly above or wholly below zero. */
        public boolean clearOfZero() {
            return low > 0 || high < 0;
        }

        /** The difference of a group's counts from the rest's, or null when either has no answers. */
        public static Difference of(Nps group, Nps rest) {
            if (group.n() == 0 || rest.n() == 0) {
                return null;
            }
            Adjusted g = Adjusted.of(group.promoters(), group.detractors(), group.n());
            Adjusted r = Adjusted.of(rest.promoters(), rest.detractors(), rest.n());
            double half = 100 * Z * Math.sqrt(g.variance() / g.n() + r.variance() / r.n());
            double centre = 100 * (g.nps() - r.nps());
            return new Difference(group.score() - rest.score(), Math.max(-200, centre - half),
                    Math.min(200, centre + half), group.n(), rest.n(), group.small() || rest.small());
        }
    }
}
