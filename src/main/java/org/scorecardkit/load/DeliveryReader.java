package org.scorecardkit.load;

import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Audience;
import org.scorecardkit.model.Delivery;
import org.scorecardkit.model.Kind;
import org.scorecardkit.model.RespondentField;

/**
 * Reads an instrument's {@code audience}, {@code publish}, {@code ask} and {@code thanks} into its
 * {@link Delivery}, defaulting what the file leaves out from the kind.
 */
final class DeliveryReader {
    private DeliveryReader() {
    }

    static Delivery read(Fields f, Kind kind) {
        Delivery defaults = Delivery.defaults(kind == null ? Kind.SURVEY : kind);
        Audience audience = f.choice("audience", Audience.values(), Audience::yamlName, "audience", false);
        Audience chosen = audience == null ? defaults.audience() : audience;
        Boolean publish = f.bool("publish");
        List<RespondentField> asks = f.has("ask") ? asks(f) : Delivery.defaultAsks(chosen);
        return new Delivery(chosen, publish == null || publish, asks, f.markdown("thanks"));
    }

    /** The {@code ask} list: each of name, group, date at most once. */
    private static List<RespondentField> asks(Fields f) {
        List<RespondentField> asks = new ArrayList<>();
        YamlNode.Sequence list = f.list("ask", false);
        List<String> names = java.util.Arrays.stream(RespondentField.values()).map(RespondentField::yamlName).toList();
        for (YamlNode n : list == null ? List.<YamlNode>of() : list.items()) {
            RespondentField field = n instanceof YamlNode.Scalar s && !s.isNull() ? field(s.text()) : null;
            if (field == null) {
                String shown = n instanceof YamlNode.Scalar s && !s.isNull() ? "\"" + s.text() + "\"" : n.describe();
                String near = n instanceof YamlNode.Scalar s && !s.isNull() ? Suggest.nearest(s.text(), names) : null;
                f.source().error(n.at(), "\"ask\" lists " + shown + ", which is not a respondent field",
                        (near != null ? "did you mean \"" + near + "\"? " : "") + "list any of: " + String.join(", ", names));
            } else if (asks.contains(field)) {
                f.source().error(n.at(), "\"ask\" lists \"" + field.yamlName() + "\" twice", "list each field once");
            } else {
                asks.add(field);
            }
        }
        return asks;
    }

    private static RespondentField field(String name) {
        for (RespondentField r : RespondentField.values()) {
            if (r.yamlName().equals(name)) {
                return r;
            }
        }
        return null;
    }
}
