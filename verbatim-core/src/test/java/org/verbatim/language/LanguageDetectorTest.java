package org.verbatim.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.testsupport.text.SharedFiles;

class LanguageDetectorTest {
    private final LanguageDetector detector = LanguageDetector.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|The minister said on Monday that the government would not change its plans, and that the talks with the unions were going well.",
        "de|Der Minister sagte am Montag, dass die Regierung ihre Pläne nicht ändern werde und die Gespräche mit den Gewerkschaften gut verliefen.",
        "fr|Le ministre a déclaré lundi que le gouvernement ne changerait pas ses plans et que les discussions avec les syndicats se passaient bien.",
        "es|El ministro dijo el lunes que el gobierno no cambiaría sus planes y que las conversaciones con los sindicatos iban bien.",
        "it|Il ministro ha detto lunedì che il governo non cambierà i suoi piani e che i colloqui con i sindacati stanno andando bene.",
        "pt|O ministro disse na segunda-feira que o governo não vai mudar os seus planos e que as conversas com os sindicatos estão a correr bem.",
        "nl|De minister zei maandag dat de regering haar plannen niet zal wijzigen en dat de gesprekken met de vakbonden goed verlopen.",
        "pl|Minister powiedział w poniedziałek, że rząd nie zmieni swoich planów, a rozmowy ze związkami zawodowymi przebiegają dobrze.",
        "cs|Ministr v pondělí řekl, že vláda své plány nezmění a že jednání s odbory probíhají dobře, jak se to očekávalo.",
        "tr|Bakan pazartesi günü yaptığı açıklamada hükümetin planlarını değiştirmeyeceğini ve sendikalarla görüşmelerin iyi gittiğini söyledi, ama bu daha bitmedi.",
        "sv|Ministern sade på måndagen att regeringen inte kommer att ändra sina planer och att samtalen med facket går bra.",
        "da|Ministeren sagde mandag, at regeringen ikke vil ændre sine planer, og at forhandlingerne med fagforeningerne går godt, havde han sagt.",
        "nb|Ministeren sier at regjeringen ikke vil endre planene sine, og at samtalene med fagforeningene har gått bra, og det ble sagt mye om hva som skjer.",
        "ru|Министр заявил в понедельник, что правительство не изменит свои планы и что переговоры с профсоюзами идут хорошо.",
        "uk|Міністр заявив у понеділок, що уряд не змінить свої плани і що переговори з профспілками йдуть добре.",
        "ja|大臣は月曜日、政府は計画を変更しないと述べ、労働組合との協議は順調に進んでいると語った。",
        "zh|部长星期一表示，政府不会改变计划，与工会的谈判进展顺利。",
        "ko|장관은 월요일 정부가 계획을 바꾸지 않을 것이며 노조와의 협상이 순조롭게 진행되고 있다고 말했다.",
        "ar|قال الوزير يوم الاثنين إن الحكومة لن تغير خططها وإن المحادثات مع النقابات تسير بشكل جيد.",
        "el|Ο υπουργός δήλωσε τη Δευτέρα ότι η κυβέρνηση δεν θα αλλάξει τα σχέδιά της και ότι οι συνομιλίες πάνε καλά.",
        "he|השר אמר ביום שני כי הממשלה לא תשנה את תוכניותיה וכי השיחות עם האיגודים מתקדמות היטב.",
        "hi|मंत्री ने सोमवार को कहा कि सरकार अपनी योजनाओं में बदलाव नहीं करेगी और यूनियनों के साथ बातचीत अच्छी चल रही है।",
        "fa|وزیر روز دوشنبه گفت که دولت برنامه‌های خود را تغییر نمی‌دهد و گفتگوها با اتحادیه‌ها به خوبی پیش می‌رود.",
    })
    void detectsSentences(String expected, String text) {
        if (System.getenv("VERBATIM_TRACE") != null) {
            System.out.println(expected + " " + detector.explain(text));
        }
        assertThat(detector.detect(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "OK", "12345 67890 !!!", "Lorem ipsum"})
    void unsureOnTooLittleText(String text) {
        assertThat(detector.detect(text)).isNull();
    }

    @Test
    void readsOnlyTheSample() {
        String english = "The minister said on Monday that the government would not change its plans and that was all. ";
        String text = english.repeat(LanguageDetector.SAMPLE_CHARS / english.length() + 1)
                + "Der Minister sagte, dass die Regierung und die Gewerkschaften sich einig seien. ".repeat(200);
        assertThat(detector.detect(text)).isEqualTo("en");
    }

    /** Accuracy on the fundus gold bodies against the gold language's primary subtag (no and nb count as one). */
    @Test
    void fundusAccuracy() throws IOException {
        Path gold = SharedFiles.require("corpora/fundus/gold.jsonl");
        ObjectMapper json = new ObjectMapper();
        int total = 0;
        int correct = 0;
        int unsure = 0;
        Map<String, Integer> errors = new TreeMap<>();
        for (String line : Files.readAllLines(gold)) {
            JsonNode g = json.readTree(line);
            if (g.path("lang").isNull() || g.path("text").asText("").isBlank()) {
                continue;
            }
            String want = primary(g.get("lang").asText());
            String got = detector.detect(g.get("title").asText("") + "\n\n" + g.get("text").asText());
            total++;
            if (want.equals(got == null ? null : primary(got))) {
                correct++;
            } else {
                if (got == null) {
                    unsure++;
                }
                errors.merge(want + "->" + got, 1, Integer::sum);
                if (System.getenv("VERBATIM_TRACE") != null) {
                    System.out.println("  " + g.get("id").asText() + " " + want + "->" + got + " "
                            + detector.explain(g.get("title").asText("") + "\n\n" + g.get("text").asText()));
                }
            }
        }
        System.out.printf("language on fundus: %d/%d correct (%.1f%%), %d unsure; errors %s%n", correct, total,
                100.0 * correct / total, unsure, errors);
        assertThat((double) correct / total).isGreaterThanOrEqualTo(0.95);
    }

    private static String primary(String tag) {
        String p = tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return p.equals("no") ? "nb" : p;
    }
}
