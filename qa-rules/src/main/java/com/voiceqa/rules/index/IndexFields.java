package com.voiceqa.rules.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;

/**
 * The index schema, shared by every engine: one document per call. Utterance text goes into per-role fields
 * ({@code words.customer}, {@code bigram.customer}, {@code pinyin.customer}, …) with one value per utterance, so a
 * speaker filter is a choice of fields rather than a join. The call itself is stored as compact JSON for results
 * and snippets. The field names are public because {@link SearchPlan#query()} names them and other engines map them.
 */
public final class IndexFields {

    public static final String ID = "id";
    public static final String WORDS = "words.";
    public static final String BIGRAM = "bigram.";
    public static final String PINYIN = "pinyin.";
    public static final String REP = "rep";
    public static final String TEAM = "team";
    public static final String ACCOUNT = "account";
    /** The ids of the call's rep, team and account ({@link CallParties}): what a {@link SearchScope} admits by. */
    public static final String REP_ID = "rep_id";
    public static final String TEAM_ID = "team_id";
    public static final String ACCOUNT_ID = "account_id";
    public static final String DEVICE = "device";
    public static final String RISK = "risk";
    public static final String RULE = "rule";
    public static final String STARTED = "started";
    public static final String SCORE = "score";
    public static final String DURATION = "duration";
    public static final String STORED = "call";
    public static final List<String> ROLES = List.of("rep", "customer", "other");
    public static final List<String> FACETS = List.of(REP, TEAM, ACCOUNT, RISK, RULE);
    /** Positions between two utterances of one role field, so a phrase never spans two utterances. */
    public static final int UTTERANCE_GAP = 100;
    /**
     * The sort value of a call indexed without an evaluation: below every real score. Such a call has no score field
     * at all (Lucene refuses a field with points in some documents and doc values alone in others), so sorts name
     * this as the missing value.
     */
    public static final double NO_SCORE = -1;
    /**
     * The version of these documents. An index written by another version is rebuilt from the database
     * ({@link TranscriptIndex#schemaCurrent()}): 1 knew calls by names only, 2 by ids (the scope) and display names.
     */
    public static final int SCHEMA_VERSION = 2;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IndexFields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(RULE, true);
        return config;
    }

    /** The role's field suffix: known roles as is, anything else as {@code other}. */
    public static String role(String speaker) {
        return ROLES.contains(speaker) ? speaker : "other";
    }

    static Document document(CallDocument call) {
        Document doc = new Document();
        doc.add(new StringField(ID, call.id(), Field.Store.YES));
        for (CallDocument.RoleText u : call.utterances()) {
            doc.add(new TextField(WORDS + u.role(), u.text(), Field.Store.NO));
            doc.add(new TextField(BIGRAM + u.role(), u.text(), Field.Store.NO));
            doc.add(new TextField(PINYIN + u.role(), u.text(), Field.Store.NO));
        }
        keyword(doc, REP, call.rep());
        keyword(doc, TEAM, call.team());
        keyword(doc, ACCOUNT, call.account());
        id(doc, REP_ID, call.repId());
        id(doc, TEAM_ID, call.teamId());
        id(doc, ACCOUNT_ID, call.accountId());
        keyword(doc, DEVICE, call.device());
        doc.add(new LongPoint(STARTED, call.startedMillis()));
        doc.add(new NumericDocValuesField(STARTED, call.startedMillis()));
        doc.add(new DoubleDocValuesField(DURATION, call.durationSeconds()));
        if (call.evaluated()) {
            doc.add(new DoublePoint(SCORE, call.score()));
            doc.add(new DoubleDocValuesField(SCORE, call.score()));
            keyword(doc, RISK, call.risk());
            for (String rule : call.rules()) {
                keyword(doc, RULE, rule);
            }
        }
        doc.add(new StoredField(STORED, call.storedJson()));
        return doc;
    }

    private static void keyword(Document doc, String field, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    /** An id is matched, never counted or sorted: no facet, no doc values. */
    private static void id(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    static StoredCall parseStored(String json) throws IOException {
        return StoredCall.parse(JSON.readTree(json));
    }
}
