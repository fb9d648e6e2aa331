package org.verbatim.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.verbatim.model.Span;

/**
 * English sentences and tokens from Apache OpenNLP's UD-EWT models (the {@code opennlp-models-sentdetect-en} and
 * {@code opennlp-models-tokenizer-en} jars). The models are immutable and shared; OpenNLP's {@code *ME} decoders
 * are not thread-safe, so each thread gets its own through a per-instance {@link ThreadLocal}.
 */
public final class OpenNlpEnglish {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokens;

    public OpenNlpEnglish() {
        SentenceModel sm = load(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tm = load(TOKEN_MODEL, TokenizerModel::new);
        this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sm));
        this.tokens = ThreadLocal.withInitial(() -> new TokenizerME(tm));
    }

    /** The sentence stage. */
    public SentenceSplitter sentenceSplitter() {
        return (text, paragraph) -> shift(sentences.get().sentPosDetect(paragraph.of(text)), paragraph.start());
    }

    /** The token stage. */
    public Tokenizer tokenizer() {
        return (text, range) -> shift(tokens.get().tokenizePos(range.of(text)), range.start());
    }

    private static List<Span> shift(opennlp.tools.util.Span[] spans, int offset) {
        List<Span> out = new ArrayList<>(spans.length);
        for (opennlp.tools.util.Span s : spans) {
            if (s.getEnd() > s.getStart()) {
                out.add(new Span(offset + s.getStart(), offset + s.getEnd()));
            }
        }
        return out;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = OpenNlpEnglish.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model not on the class path: " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
