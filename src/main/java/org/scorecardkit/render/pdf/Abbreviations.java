package org.scorecardkit.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Section;

/**
 * The abbreviations of an instrument's sections and items that its own wording spells out, such as
 * "CCP" in the 7 Cs, spelled out by the lead-in "Having customer contact personnel who…": each is
 * explained once, under the heading of the first section that uses it. An abbreviation the wording
 * never spells out is left alone rather than guessed, and words in capitals for emphasis
 * ("MINIMUM") are not taken for one, as no run of words has their initials.
 */
final class Abbreviations {
    /** Two to five capitals, a plural "s" allowed: CCP, CCPs, NPS. */
    private static final Pattern SHORT = Pattern.compile("\\b([A-Z]{2,5})s?\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    /** An abbreviation and the words it stands for, as the instrument writes them. */
    record Abbreviation(String letters, String words) {
    }

    private final Map<String, Section> firstUse;
    private final Map<String, String> spelled;

    private Abbreviations(Map<String, Section> firstUse, Map<String, String> spelled) {
        this.firstUse = firstUse;
        this.spelled = spelled;
    }

    static Abbreviations of(Instrument instrument) {
        Map<String, Section> firstUse = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        for (Section section : instrument.sections()) {
            texts.add(section.description() == null ? "" : section.description());
            for (String text : sectionTexts(section)) {
                texts.add(text);
                Matcher m = SHORT.matcher(text);
                while (m.find()) {
                    firstUse.putIfAbsent(m.group(1), section);
                }
            }
        }
        Map<String, String> spelled = new LinkedHashMap<>();
        for (String letters : firstUse.keySet()) {
            String words = spelledOut(letters, texts);
            if (words != null) {
                spelled.put(letters, words);
            }
        }
        return new Abbreviations(firstUse, spelled);
    }

    /** The abbreviations explained under this section's heading, in order of first use. */
    List<Abbreviation> explainedIn(Section section) {
        List<Abbreviation> out = new ArrayList<>();
        spelled.forEach((letters, words) -> {
            if (firstUse.get(letters) == section) {
                out.add(new Abbreviation(letters, words));
            }
        });
        return out;
    }

    private static List<String> sectionTexts(Section section) {
        List<String> out = new ArrayList<>();
        if (section.title() != null) {
            out.add(section.title());
        }
        for (Item item : section.items()) {
            out.add(item.text());
        }
        return out;
    }

    /** The first run of words, in any of the texts, whose initials are the letters, in lower case. */
    static String spelledOut(String letters, List<String> texts) {
        int n = letters.length();
        for (String text : texts) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(m.group());
            }
            for (int i = 0; i + n <= words.size(); i++) {
                if (initials(words.subList(i, i + n)).equalsIgnoreCase(letters)
                        && !words.get(i).equals(letters) && words.get(i).length() > 1) {
                    return String.join(" ", words.subList(i, i + n)).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    private static String initials(List<String> words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            s.append(w.charAt(0));
        }
        return s.toString();
    }
}
