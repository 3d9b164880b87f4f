package org.scorecardkit.render.xlsx;

import java.util.List;
import java.util.stream.Collectors;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Option;
import org.scorecardkit.model.Scale;

/**
 * The answers an item's column takes, as the tally reads them: a rating scale's points, a single
 * choice's option values, a check item's yes, partly and no; and how to describe them to the person keying.
 */
final class AllowedValues {
    private AllowedValues() {
    }

    /** The values a drop-down offers, in order; empty for text and multiple choice, which take free or combined answers. */
    static List<String> of(Item item) {
        return switch (item.type()) {
            case RATING -> item.scale().points().stream().map(p -> String.valueOf(p.value())).toList();
            case SINGLE, CHECK -> item.choices().stream().map(Option::value).toList();
            default -> List.of();
        };
    }

    /** Each allowed value with its label, one per line, e.g. "1 = not currently part of my skill set". */
    static String described(Item item) {
        if (item.type() == ItemType.RATING) {
            return item.scale().points().stream().map(AllowedValues::point).collect(Collectors.joining("\n"));
        }
        if (item.type() == ItemType.TEXT) {
            return "any text";
        }
        return item.choices().stream().map(o -> o.value() + " = " + o.label()).collect(Collectors.joining("\n"));
    }

    /** One line on how to fill the item's column of the Responses sheet. */
    static String howToFill(Item item) {
        return switch (item.type()) {
            case RATING -> "Pick the number marked, " + item.scale().min() + " to " + item.scale().max()
                    + ", from the list; leave the cell empty if none is.";
            case SINGLE, CHECK -> "Pick the value of the answer marked from the list; leave the cell empty if none is.";
            case MULTIPLE -> "Type the values of every answer marked, separated by semicolons (a;b); "
                    + "leave the cell empty if none is.";
            default -> "Type the answer as written; leave the cell empty if there is none.";
        };
    }

    private static String point(Scale.Point p) {
        return p.label() == null ? String.valueOf(p.value()) : p.value() + " = " + p.label();
    }
}
