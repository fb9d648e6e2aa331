package org.verbatim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.verbatim.index.ArticleSearch;
import org.verbatim.index.Ids;
import org.verbatim.json.ArticleJsonReader;
import org.verbatim.model.Annotation;
import org.verbatim.model.Entity;
import org.verbatim.model.Quote;
import org.verbatim.model.Timestamp;

/**
 * Every quote, speaker and entity of the corpus, held in memory for the filters and counts of the quote pages: read
 * once from the annotation that ingest stored with each article (no article is annotated again). Immutable after
 * construction; thread-safe.
 */
final class QuoteStore {
    /** One quote with where it was published. {@code date} is the day it was said, else the article's day. */
    record Entry(String text, String kind, String cue, String speakerId, String speakerName, String speakerTitle,
            String speakerType, String saidOn, LocalDate date, String articleId, String articleTitle, String url, String siteName,
            String published, int index) {
    }

    /** A speaker across the corpus. */
    record SpeakerInfo(String id, String name, String title, String type, int quotes, int articles) {
    }

    /** A named entity across the corpus. */
    record EntityInfo(String id, String name, String type, int mentions, int articles) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Entry> quotes;
    private final Map<String, SpeakerInfo> speakers;
    private final Map<String, EntityInfo> entities;
    private final int articles;

    private QuoteStore(List<Entry> quotes, Map<String, SpeakerInfo> speakers, Map<String, EntityInfo> entities,
            int articles) {
        this.quotes = List.copyOf(quotes);
        this.speakers = speakers;
        this.entities = entities;
        this.articles = articles;
    }

    /**
     * Reads the annotation every stored article carries (what ingest found, never annotated again here): one entry
     * per quote document of the index, so the counts agree with {@code verbatim quotes} and {@code export}. Stops
     * with a {@link java.util.concurrent.CancellationException} at the first article after {@code stop} turns true.
     */
    static QuoteStore build(ArticleSearch search, java.util.function.BooleanSupplier stop) throws IOException {
        List<Entry> quotes = new ArrayList<>();
        Map<String, List<Entry>> bySpeaker = new LinkedHashMap<>();
        Map<String, EntityAcc> ents = new HashMap<>();
        int[] n = {0};
        search.forEachArticle(stored -> {
            if (stop.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("stopped after " + n[0] + " articles");
            }
            n[0]++;
            JsonNode a = parse(stored);
            String published = a.path("published").asText(null);
            LocalDate day = Timestamp.dayOf(published);
            Annotation ann = ArticleJsonReader.annotation(a);
            for (int i = 0; i < ann.quotes().size(); i++) {
                Entry e = entry(ann.quotes().get(i), i, stored.id(), a, day);
                quotes.add(e);
                if (e.speakerId() != null) {
                    bySpeaker.computeIfAbsent(e.speakerId(), k -> new ArrayList<>()).add(e);
                }
            }
            for (Entity en : ann.entities()) {
                ents.computeIfAbsent(Ids.of(en.name()), k -> new EntityAcc(en.name(), en.type().id()))
                        .add(stored.id(), en.mentions().size());
            }
        });
        Map<String, SpeakerInfo> speakers = new LinkedHashMap<>();
        bySpeaker.forEach((id, es) -> speakers.put(id, speakerInfo(id, es)));
        Map<String, EntityInfo> entities = new LinkedHashMap<>();
        ents.forEach((id, acc) -> entities.put(id, new EntityInfo(id, acc.name, acc.type, acc.mentions,
                acc.articles.size())));
        return new QuoteStore(quotes, speakers, entities, n[0]);
    }

    /** The stored Article JSON of an article. */
    static ObjectNode parse(ArticleSearch.Stored s) {
        try {
            return (ObjectNode) JSON.readTree(s.json());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored article " + s.id(), e);
        }
    }

    private static Entry entry(Quote q, int index, String articleId, JsonNode a, LocalDate articleDay) {
        LocalDate said = Timestamp.dayOf(q.saidOn());
        String speakerId = q.speaker() == null ? null : Ids.of(q.speaker().name());
        return new Entry(q.text(), q.kind().id(), q.cue(), speakerId == null || speakerId.isEmpty() ? null : speakerId,
                q.speaker() == null ? null : q.speaker().name(), q.speaker() == null ? null : q.speaker().title(),
                q.speaker() == null ? null : q.speaker().type().id(), q.saidOn(), said != null ? said : articleDay,
                articleId, a.path("title").asText(null), a.path("url").asText(null), a.path("site_name").asText(null),
                a.path("published").asText(null), index);
    }

    private static SpeakerInfo speakerInfo(String id, List<Entry> es) {
        Map<String, Integer> names = new HashMap<>();
        String title = null;
        String type = es.get(0).speakerType();
        Set<String> arts = new HashSet<>();
        for (Entry e : es) {
            names.merge(e.speakerName(), 1, Integer::sum);
            title = title == null ? e.speakerTitle() : title;
            arts.add(e.articleId());
        }
        String name = names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        return new SpeakerInfo(id, name, title, type, es.size(), arts.size());
    }

    /** Quotes matching all given filters ({@code null} = any), newest first; {@code words}: every word occurs. */
    List<Entry> quotes(String speakerId, String words, LocalDate from, LocalDate to) {
        List<String> ws = words == null ? List.of()
                : List.of(words.toLowerCase(Locale.ROOT).strip().split("\\s+")).stream().filter(w -> !w.isEmpty())
                        .toList();
        return quotes.stream()
                .filter(e -> speakerId == null || speakerId.equals(e.speakerId()))
                .filter(e -> from == null || e.date() != null && !e.date().isBefore(from))
                .filter(e -> to == null || e.date() != null && !e.date().isAfter(to))
                .filter(e -> ws.isEmpty() || containsAll(e.text().toLowerCase(Locale.ROOT), ws))
                .sorted(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Entry::articleId).thenComparingInt(Entry::index))
                .toList();
    }

    private static boolean containsAll(String text, List<String> words) {
        return words.stream().allMatch(text::contains);
    }

    /** Speakers by number of quotes, most first. */
    List<SpeakerInfo> speakers() {
        return speakers.values().stream().sorted(Comparator.comparingInt(SpeakerInfo::quotes).reversed()
                .thenComparing(SpeakerInfo::name)).toList();
    }

    SpeakerInfo speaker(String id) {
        return speakers.get(id);
    }

    /** Quotes of a speaker per month ({@code yyyy-MM}), in month order; undated quotes are not counted. */
    Map<String, Integer> perMonth(String speakerId) {
        Map<String, Integer> m = new TreeMap<>();
        for (Entry e : quotes(speakerId, null, null, null)) {
            if (e.date() != null) {
                m.merge(e.date().toString().substring(0, 7), 1, Integer::sum);
            }
        }
        return m;
    }

    /** Entities whose name contains {@code q} (case-insensitive; all when blank), most articles first. */
    List<EntityInfo> entities(String q) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return entities.values().stream().filter(e -> e.name().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparingInt(EntityInfo::articles).reversed()
                        .thenComparing(Comparator.comparingInt(EntityInfo::mentions).reversed())
                        .thenComparing(EntityInfo::name))
                .toList();
    }

    int quoteCount() {
        return quotes.size();
    }

    int articleCount() {
        return articles;
    }

    private static final class EntityAcc {
        final String name;
        final String type;
        final Set<String> articles = new HashSet<>();
        int mentions;

        EntityAcc(String name, String type) {
            this.name = name;
            this.type = type;
        }

        void add(String article, int n) {
            articles.add(article);
            mentions += n;
        }
    }
}
