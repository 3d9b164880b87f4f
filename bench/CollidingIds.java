import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Prints an NPS response file of 2^LEVELS respondents whose ids all share one hash under the id
 * hash the tally used before it was keyed (32-bit FNV-1a with a fixed finaliser, a bijection): 17
 * colliding pairs of 4-character blocks, found one after the other by a birthday search, combine
 * into 2^17 = 131,072 ids. Usage: java bench/CollidingIds.java [LEVELS] > FILE (default 17).
 */
public class CollidingIds {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";

    public static void main(String[] args) {
        int levels = args.length > 0 ? Integer.parseInt(args[0]) : 17;
        Random random = new Random(8);
        int state = 0x811c9dc5;
        String[][] pairs = new String[levels][];
        for (int level = 0; level < levels; level++) {
            pairs[level] = collidingBlocks(state, random);
            state = fnv(state, pairs[level][0]);
        }
        StringBuilder out = new StringBuilder("respondent,group,date,recommend,reason\n");
        for (int bits = 0; bits < 1 << levels; bits++) {
            for (int level = 0; level < levels; level++) {
                out.append(pairs[level][bits >>> level & 1]);
            }
            out.append(",,,").append(bits % 11).append(",\n");
        }
        System.out.print(out);
    }

    private static String[] collidingBlocks(int state, Random random) {
        Map<Integer, String> seen = new HashMap<>();
        char[] b = new char[4];
        while (true) {
            for (int j = 0; j < b.length; j++) {
                b[j] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            String block = new String(b);
            String earlier = seen.putIfAbsent(fnv(state, block), block);
            if (earlier != null && !earlier.equals(block)) {
                return new String[] {earlier, block};
            }
        }
    }

    private static int fnv(int h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }
}
