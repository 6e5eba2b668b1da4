package com.voiceqa.rules.index;

/**
 * Whose a call is, as the index keeps it beside the transcript: its rep, team and customer account, each by id (what
 * a {@link SearchScope} admits by, and what id filters match) and by the name a result row shows. Ids, not names,
 * decide visibility: two people may share a name, and a name can change. Any of the three may be {@code null}
 * (a call without an account, a rep without a team).
 */
public record CallParties(Party rep, Party team, Party account) {

    /** A call nobody is known for (tests, tools that index transcripts without a database). */
    public static final CallParties NONE = new CallParties(null, null, null);

    /** One party by id and display name. */
    public record Party(long id, String name) {
        public Party {
            name = name == null ? "" : name;
        }
    }

    static String name(Party party) {
        return party == null ? null : party.name();
    }

    static String id(Party party) {
        return party == null ? null : Long.toString(party.id());
    }
}
