package org.scorecardkit.model;

import java.util.List;

/**
 * How an instrument reaches the people who answer it.
 *
 * @param audience customers or participants (an NPS instrument defaults to customers, every other to participants)
 * @param publish whether the site carries the instrument; an unpublished one is still validated and printable
 * @param asks the respondent fields the form page asks for, in order: for customers only those the YAML lists
 *             (none by default), for participants name, group and date unless the YAML lists others
 * @param thanks Markdown the page shows a customer after they answer, in the organisation's voice, or null
 */
public record Delivery(Audience audience, boolean publish, List<RespondentField> asks, String thanks) {
    public Delivery {
        asks = List.copyOf(asks);
    }

    /** The defaults for an instrument of this kind that says nothing about its delivery. */
    public static Delivery defaults(Kind kind) {
        Audience audience = kind == Kind.NPS ? Audience.CUSTOMERS : Audience.PARTICIPANTS;
        return new Delivery(audience, true, defaultAsks(audience), null);
    }

    /** The respondent fields a page for this audience asks when the YAML lists none. */
    public static List<RespondentField> defaultAsks(Audience audience) {
        return audience == Audience.CUSTOMERS ? List.of()
                : List.of(RespondentField.NAME, RespondentField.GROUP, RespondentField.DATE);
    }

    public boolean forCustomers() {
        return audience == Audience.CUSTOMERS;
    }

    public boolean asks(RespondentField field) {
        return asks.contains(field);
    }
}
