package org.verbatim.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quote and speaker metric of {@code shared/corpora/README.md}, written to agree with the reference scorer
 * {@code shared/tools/score_quotes.py}: the same matching (overlap, strict within 2 characters after trimming), the
 * same gold-head rule for named sources and the same last-token comparison for the predicted speaker.
 * Stateless and thread-safe.
 */
public final class QuoteScorer {
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
            "capt", "president", "senator", "secretary", "minister", "retired", "former", "the", "a", "an", "vice",
            "chief", "judge", "justice", "speaker", "prime", "foreign", "attorney", "general", "gop", "rev", "sir",
            "lord", "lady", "prof", "professor", "adm", "maj", "cmdr", "u.s", "us", "democratic", "republican",
            "democrat", "house", "state", "white");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which", "that",
            "his", "her", "him", "them", "this", "these", "those", "one", "someone", "some", "others", "many",
            "another", "several", "both", "each", "every", "most", "such", "other", "all", "few", "two", "three",
            "its", "their", "our", "my", "your", "neither", "either", "no", "nobody", "everyone", "anyone", "critics",
            "officials");
    static final Set<String> NOT_MODIFYING = Set.of("himself", "herself", "themselves", "itself", "who", "and", "or",
            "also", "too", "alone", "both", "said", "says", "told", "added", "jr", "sr");
    static final Set<String> PREPS = Set.of("for", "of", "at", "with", "to", "from", "in", "on", "by", "about",
            "under", "within");
    static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final int U = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;
    static final Pattern WORD = Pattern.compile("[A-Za-z\u00C0-\u024F][\\w.\\-\u00C0-\u024F]*(?:['\u2019]s)?", U);
    private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s$", U);
    private static final Pattern PAREN = Pattern.compile("\\([^)]*\\)", U);
    private static final Pattern INITIAL = Pattern.compile("(^|[.!?:\\n\"\u201c\u2018'(\u2014-])\\s*$", U);
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$", U);
    /** Two spans match strictly when both ends are within this many characters. */
    static final int STRICT_SLACK = 2;

    private QuoteScorer() {
    }

    /** A gold attribution: quote fragments, source text and spans, kind. */
    public record Gold(List<int[]> quoteSpans, String speakerText, List<int[]> speakerSpans, String kind) {
    }

    /** A predicted quote; speaker fields and {@code kind} (direct, indirect, mixed, block) may be {@code null}. */
    public record Pred(int start, int end, String speakerText, Integer speakerStart, Integer speakerEnd,
                       String canonicalSpeaker, String kind) {

        public Pred(int start, int end, String speakerText, Integer speakerStart, Integer speakerEnd,
                    String canonicalSpeaker) {
            this(start, end, speakerText, speakerStart, speakerEnd, canonicalSpeaker, null);
        }
    }

    /** One document: its text, gold and predictions. */
    public record Doc(String id, String text, List<Gold> gold, List<Pred> pred) {
    }

    /** Counts over a corpus; the rates are derived. */
    public static final class Counts {
        public int docs;
        public int nPred;
        public int tpPredOverlap;
        public int tpPredStrict;
        public final int[] nGold = new int[3];
        public final int[] hitOverlap = new int[3];
        public final int[] hitStrict = new int[3];
        public int pairs;
        public int goldHasSource;
        public int mentionOk;
        public int named;
        public int nameOk;
        public int nameAnyOk;
        public int unnamed;
        public int unnamedMentionOk;
        public int noSource;
        public int predNoSpeaker;
        /** What the reference scorer does not report: breakdowns and the confusions behind the errors. */
        public final Breakdown breakdown = new Breakdown();
    }

    /** Subsets of gold for recall: 0 = all, 1 = quoted (direct + mixed), 2 = direct. */
    static boolean inSubset(int k, String kind) {
        return k == 0 || k == 1 && (kind.equals("direct") || kind.equals("mixed")) || k == 2 && kind.equals("direct");
    }

    public static Counts score(List<Doc> docs) {
        Counts c = new Counts();
        for (Doc d : docs) {
            scoreDoc(d, c);
        }
        return c;
    }

    private static void scoreDoc(Doc d, Counts c) {
        c.docs++;
        String text = d.text();
        Set<String> namey = nameyTokens(text);
        List<int[]> frags = new ArrayList<>();
        for (int gi = 0; gi < d.gold().size(); gi++) {
            for (int[] s : d.gold().get(gi).quoteSpans()) {
                int[] t = trim(text, s[0], s[1]);
                frags.add(new int[] {gi, t[0], t[1]});
            }
        }
        Set<Integer> hitOv = new HashSet<>();
        Set<Integer> hitStrict = new HashSet<>();
        Breakdown.DocView view = c.breakdown.view(text, d.gold(), frags);
        for (Pred p : d.pred()) {
            c.nPred++;
            int[] ps = trim(text, p.start(), p.end());
            int best = -1;
            int bestOv = 0;
            boolean strict = false;
            for (int[] f : frags) {
                int ov = overlap(ps[0], ps[1], f[1], f[2]);
                if (ov > 0) {
                    hitOv.add(f[0]);
                    if (ov > bestOv) {
                        best = f[0];
                        bestOv = ov;
                    }
                }
                if (Math.abs(ps[0] - f[1]) <= STRICT_SLACK && Math.abs(ps[1] - f[2]) <= STRICT_SLACK) {
                    hitStrict.add(f[0]);
                    strict = true;
                }
            }
            view.prediction(p, ps, best);
            if (best < 0) {
                continue;
            }
            c.tpPredOverlap++;
            c.tpPredStrict += strict ? 1 : 0;
            attribution(d.gold().get(best), p, namey, c);
        }
        view.finish(hitOv);
        for (int gi = 0; gi < d.gold().size(); gi++) {
            for (int k = 0; k < 3; k++) {
                if (inSubset(k, d.gold().get(gi).kind())) {
                    c.nGold[k]++;
                    c.hitOverlap[k] += hitOv.contains(gi) ? 1 : 0;
                    c.hitStrict[k] += hitStrict.contains(gi) ? 1 : 0;
                }
            }
        }
    }

    private static void attribution(Gold g, Pred p, Set<String> namey, Counts c) {
        c.pairs++;
        String src = g.speakerText();
        if (p.speakerText() == null || p.speakerText().isEmpty()) {
            c.predNoSpeaker++;
        }
        if (src == null || src.isEmpty()) {
            c.noSource++;
            return;
        }
        c.goldHasSource++;
        boolean mOk = false;
        if (p.speakerStart() != null) {
            for (int[] s : g.speakerSpans()) {
                if (overlap(p.speakerStart(), p.speakerEnd(), s[0], s[1]) > 0) {
                    mOk = true;
                }
            }
        }
        c.mentionOk += mOk ? 1 : 0;
        Head h = goldHead(src, namey);
        if (h != null) {
            c.named++;
            String pl = predLast(p.speakerText());
            boolean ok = pl != null && pl.equals(h.head);
            boolean any = pl != null && h.all.contains(pl);
            c.nameOk += ok ? 1 : 0;
            c.nameAnyOk += any ? 1 : 0;
            c.breakdown.named(p, ok, any, mOk);
        } else {
            c.unnamed++;
            c.unnamedMentionOk += mOk ? 1 : 0;
            c.breakdown.unnamed(src, mOk);
        }
    }

    static String normTok(String t) {
        String s = POSSESSIVE_END.matcher(t).replaceFirst("");
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '.') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '.') {
            b--;
        }
        return s.substring(a, b).toLowerCase(Locale.ROOT);
    }

    private record Run(List<String> toks, boolean modifier, boolean before) {
    }

    private record Head(String head, List<String> all) {
    }

    private static List<Run> nameRuns(String src0, Set<String> namey) {
        Matcher pm = PAREN.matcher(src0);
        StringBuilder sb = new StringBuilder();
        while (pm.find()) {
            pm.appendReplacement(sb, " ".repeat(pm.group().length()));
        }
        pm.appendTail(sb);
        String src = sb.toString();
        int comma = src.indexOf(',');
        List<Object[]> runs = new ArrayList<>(); // {List<int[]> cur (start,end), prevWord, next}
        List<int[]> cur = new ArrayList<>();
        String prevTok = null;
        String prevWord = null;
        String prev2 = null;
        Matcher m = WORD.matcher(src);
        while (m.find()) {
            String tok = m.group();
            String nt = normTok(tok);
            if (SUFFIXES.contains(nt)) {
                continue;
            }
            boolean cap = Character.isUpperCase(tok.charAt(0)) && !TITLES.contains(nt) && !PRONOUNS.contains(nt)
                    && (namey == null || namey.contains(nt));
            if (cap) {
                if (!cur.isEmpty() && m.start() - cur.get(cur.size() - 1)[1] > 1) {
                    runs.add(new Object[] {cur, prevWord, null});
                    cur = new ArrayList<>();
                }
                if (cur.isEmpty()) {
                    boolean prevIsPrep = prevTok != null && PREPS.contains(prevTok);
                    boolean prevIsDet = "the".equals(prevTok) || "a".equals(prevTok) || "an".equals(prevTok);
                    prevWord = prevIsPrep || !prevIsDet ? prevTok : (prev2 != null && PREPS.contains(prev2) ? prev2
                            : prevTok);
                }
                cur.add(new int[] {m.start(), m.end()});
            } else if (!cur.isEmpty()) {
                String gap = src.substring(cur.get(cur.size() - 1)[1], m.start());
                int[] gt = trim(gap, 0, gap.length());
                String g = gap.substring(gt[0], gt[1]);
                boolean adjacent = g.isEmpty() || g.equals("\"") || g.equals("'") || g.equals("\u201d")
                        || g.equals("\u2019");
                String nxt = Character.isLowerCase(tok.charAt(0)) && adjacent ? nt : null;
                runs.add(new Object[] {cur, prevWord, nxt});
                cur = new ArrayList<>();
            }
            prev2 = prevTok;
            prevTok = nt;
        }
        if (!cur.isEmpty()) {
            runs.add(new Object[] {cur, prevWord, null});
        }
        List<Run> out = new ArrayList<>();
        for (Object[] r : runs) {
            @SuppressWarnings("unchecked")
            List<int[]> toks = (List<int[]>) r[0];
            String pw = (String) r[1];
            String nxt = (String) r[2];
            String last = src.substring(toks.get(toks.size() - 1)[0], toks.get(toks.size() - 1)[1]);
            boolean modifier = POSSESSIVE_END.matcher(last).find() || pw != null && PREPS.contains(pw)
                    || nxt != null && !NOT_MODIFYING.contains(nxt);
            boolean before = comma < 0 || toks.get(0)[0] < comma;
            List<String> words = new ArrayList<>();
            for (int[] t : toks) {
                words.add(src.substring(t[0], t[1]));
            }
            out.add(new Run(words, modifier, before));
        }
        return out;
    }

    private static Head goldHead(String src, Set<String> namey) {
        List<Run> runs = new ArrayList<>();
        for (Run r : nameRuns(src == null ? "" : src, namey)) {
            if (!r.modifier()) {
                runs.add(r);
            }
        }
        if (runs.isEmpty()) {
            return null;
        }
        Run head = runs.get(0);
        for (Run r : runs) {
            if (r.before()) {
                head = r;
            }
        }
        List<String> all = new ArrayList<>();
        for (Run r : runs) {
            all.add(normTok(r.toks().get(r.toks().size() - 1)));
        }
        return new Head(normTok(head.toks().get(head.toks().size() - 1)), all);
    }

    static String predLast(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        String last = null;
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            String t = normTok(m.group());
            if (!t.isEmpty() && !SUFFIXES.contains(t)) {
                last = t;
            }
        }
        return last;
    }

    static Set<String> nameyTokens(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String tok = m.group();
            if (!Character.isUpperCase(tok.charAt(0))) {
                continue;
            }
            int st = m.start();
            String before = text.substring(Math.max(0, st - 3), st);
            if (INITIAL.matcher(before).find() || st == 0) {
                Matcher pm = LAST_WORD.matcher(text.substring(Math.max(0, st - 12), st));
                String pw = pm.find() ? pm.group(1) : "";
                boolean abbrev = pw.endsWith(".") && (pw.length() <= 2 || TITLES.contains(normTok(pw))
                        || pw.length() <= 4 && Character.isUpperCase(pw.charAt(0)));
                if (!abbrev) {
                    continue;
                }
            }
            out.add(normTok(tok));
        }
        return out;
    }

    static int[] trim(String text, int a, int b) {
        while (a < b && isSpace(text.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(text.charAt(b - 1))) {
            b--;
        }
        return new int[] {a, b};
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u001f' || c == '\u0085';
    }

    static int overlap(int a, int b, int c, int d) {
        return Math.max(0, Math.min(b, d) - Math.max(a, c));
    }
}
