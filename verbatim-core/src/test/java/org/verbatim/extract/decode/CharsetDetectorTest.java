package org.verbatim.extract.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetDetectorTest {
    private static final String GERMAN = "Die Bürger wählten am Sonntag ein neues Parlament. Größere Änderungen "
            + "sind für die Straßenbahn geplant, heißt es aus dem Rathaus.";
    private static final String JAPANESE = "東京都は二十四日、新しい交通計画を発表した。計画では、駅の周辺に自転車の"
            + "駐車場を増やし、バスの本数を見直すという。都の担当者は「利用者の声を聞きながら進めたい」と話している。";
    private static final String KOREAN = "서울시는 24일 새로운 교통 계획을 발표했다. 계획에 따르면 역 주변에 자전거 주차장을 "
            + "늘리고 버스 노선을 다시 검토할 예정이다. 시 관계자는 시민의 의견을 들으면서 추진하겠다고 말했다.";
    private static final String CHINESE = "北京市二十四日发布了新的交通计划。根据这个计划，车站周围将增加自行车停车场，"
            + "公交线路也会重新调整。有关负责人说，我们要在听取市民意见的同时推进这项工作，这是大家的事情。";
    private static final String CHINESE_TRADITIONAL = "台北市二十四日發布了新的交通計畫。根據這個計畫，車站周圍將增加"
            + "自行車停車場，公車路線也會重新調整。有關負責人說，我們要在聽取市民意見的同時推進這項工作，這是大家的事情。";
    private static final String RUSSIAN = "Министр иностранных дел заявил в понедельник, что страна не несет "
            + "ответственности за ухудшение отношений. По его словам, восстановление связей зависит от другой стороны.";
    private static final String POLISH = "Prezydent powiedział w środę, że głosowanie odbędzie się później. Według "
            + "źródeł rządowych, decyzja zapadła już w ubiegłym tygodniu, a ministrowie są zgodni co do jej kształtu.";

    private static byte[] page(String body, Charset cs) {
        return ("<html><head><title>t</title></head><body><p>" + body + "</p></body></html>").getBytes(cs);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void utf8BomIsRemovedAndWins() {
        byte[] b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, page(GERMAN, StandardCharsets.UTF_8));
        DecodedText d = CharsetDetector.decode(b, "text/html; charset=iso-8859-1");
        assertThat(d.how()).isEqualTo("bom");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).startsWith("<html>").contains(GERMAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16Boms(String name) {
        Charset cs = Charset.forName(name);
        byte[] bom = name.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        DecodedText d = CharsetDetector.decode(concat(bom, page(JAPANESE, cs)), null);
        assertThat(d.how()).isEqualTo("bom");
        assertThat(d.charset()).isEqualTo(cs);
        assertThat(d.text()).startsWith("<html>").contains(JAPANESE);
    }

    @Test
    void utf16WithoutBomIsRecognisedByZeroBytes() {
        DecodedText d = CharsetDetector.decode(page(GERMAN, StandardCharsets.UTF_16LE), null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(d.text()).contains(GERMAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-16le", "UTF-16BE", "utf-16"})
    void aMetaDeclaringUtf16InAsciiMarkupMeansUtf8(String label) {
        byte[] b = ("<html><head><meta charset=\"" + label + "\"></head><body><p>" + GERMAN + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        DecodedText d = CharsetDetector.decode(b, null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains(GERMAN);
        if (!label.equals("utf-16")) { // the bare label is already taken as UTF-8 by the label table
            assertThat(d.warnings()).anyMatch(w -> w.contains("read as UTF-8"));
        }
    }

    @Test
    void headerCharsetIsUsed() {
        DecodedText d = CharsetDetector.decode(page(GERMAN, Charset.forName("windows-1252")),
                "text/html; charset=\"windows-1252\"");
        assertThat(d.how()).isEqualTo("header");
        assertThat(d.text()).contains(GERMAN);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void headerBeatsMeta() {
        byte[] b = ("<meta charset=\"utf-8\"><p>" + RUSSIAN).getBytes(Charset.forName("KOI8-R"));
        DecodedText d = CharsetDetector.decode(b, "text/html;charset=koi8-r");
        assertThat(d.how()).isEqualTo("header");
        assertThat(d.text()).contains(RUSSIAN);
    }

    @Test
    void metaCharsetIsUsed() {
        byte[] b = ("<!doctype html><html><head><META CHARSET='Shift_JIS'><title>x</title></head><body>" + JAPANESE)
                .getBytes(Charset.forName("Shift_JIS"));
        DecodedText d = CharsetDetector.decode(b, null);
        assertThat(d.how()).isEqualTo("meta");
        assertThat(d.text()).contains(JAPANESE);
    }

    @Test
    void metaHttpEquivIsUsed() {
        byte[] b = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-KR\">"
                + "</head><body>" + KOREAN).getBytes(Charset.forName("EUC-KR"));
        DecodedText d = CharsetDetector.decode(b, "text/html");
        assertThat(d.how()).isEqualTo("meta");
        assertThat(d.text()).contains(KOREAN);
    }

    @Test
    void metaInsideCommentIsIgnored() {
        byte[] b = ("<!-- <meta charset=\"koi8-r\"> --><meta charset=\"windows-1251\"><p>" + RUSSIAN)
                .getBytes(Charset.forName("windows-1251"));
        DecodedText d = CharsetDetector.decode(b, null);
        assertThat(d.charset().name()).isEqualTo("windows-1251");
        assertThat(d.text()).contains(RUSSIAN);
    }

    @Test
    void xmlDeclarationIsUsed() {
        byte[] b = ("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss><item>" + GERMAN + " 5 €</item></rss>")
                .getBytes(Charset.forName("ISO-8859-15"));
        DecodedText d = CharsetDetector.decode(b, null);
        assertThat(d.how()).isEqualTo("meta");
        assertThat(d.text()).contains(GERMAN + " 5 €");
    }

    @Test
    void metaDeclaringLatin1OverUtf8BytesIsOverruled() {
        byte[] b = ("<meta charset=\"iso-8859-1\"><p>" + GERMAN).getBytes(StandardCharsets.UTF_8);
        DecodedText d = CharsetDetector.decode(b, null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains(GERMAN).doesNotContain("Ã");
        assertThat(d.warnings()).anyMatch(w -> w.contains("UTF-8"));
    }

    @Test
    void metaDeclaringGb2312OverUtf8BytesIsOverruled() {
        byte[] b = ("<meta http-equiv=content-type content=\"text/html;charset=gb2312\"><p>" + CHINESE)
                .getBytes(StandardCharsets.UTF_8);
        DecodedText d = CharsetDetector.decode(b, null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains(CHINESE);
        assertThat(d.warnings()).isNotEmpty();
    }

    @Test
    void declaredUtf8OverLatin1BytesIsOverruled() {
        byte[] b = ("<meta charset=utf-8><p>" + GERMAN).getBytes(Charset.forName("windows-1252"));
        DecodedText d = CharsetDetector.decode(b, "text/html; charset=UTF-8");
        assertThat(d.charset().name()).isEqualTo("windows-1252");
        assertThat(d.text()).contains(GERMAN).doesNotContain("\uFFFD");
        assertThat(d.warnings()).anyMatch(w -> w.contains("not UTF-8"));
    }

    @Test
    void declaredUtf8OverShiftJisBytesIsOverruled() {
        byte[] b = ("<meta charset=utf-8><p>" + JAPANESE).getBytes(Charset.forName("Shift_JIS"));
        DecodedText d = CharsetDetector.decode(b, null);
        assertThat(d.text()).contains(JAPANESE);
        assertThat(d.how()).isEqualTo("sniffed");
    }

    @Test
    void mostlyUtf8WithStrayLatin1BytesKeepsBoth() {
        byte[] utf = ("<meta charset=utf-8><p>" + GERMAN + " ").getBytes(StandardCharsets.UTF_8);
        byte[] latin = "Küchenblogs".getBytes(StandardCharsets.ISO_8859_1);
        DecodedText d = CharsetDetector.decode(concat(utf, latin), null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).endsWith(GERMAN + " Küchenblogs");
        assertThat(d.warnings()).hasSize(1);
    }

    @Test
    void latin1PageWithPastedUtf8KeepsBoth() {
        byte[] latin = ("<meta charset=iso-8859-1><p>" + GERMAN + " ").getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf = "Kein DJ für ein".getBytes(StandardCharsets.UTF_8);
        DecodedText d = CharsetDetector.decode(concat(latin, utf), null);
        assertThat(d.charset().name()).isEqualTo("windows-1252");
        assertThat(d.text()).endsWith(GERMAN + " Kein DJ für ein");
    }

    @Test
    void unknownCharsetNameFallsBackWithoutThrowing() {
        byte[] b = ("<meta charset=\"x-no-such-charset\"><p>" + GERMAN).getBytes(StandardCharsets.UTF_8);
        DecodedText d = CharsetDetector.decode(b, "text/html; charset=bogus!!");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains(GERMAN);
        assertThat(d.warnings()).anyMatch(w -> w.contains("x-no-such-charset"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf8", "UTF-8", "'utf-8'", "latin1", "win-1252", "x-sjis", "gb2312", "ks_c_5601-1987",
        "cp1251", "ISO8859-1", "koi8r"})
    void aliasesResolve(String label) {
        assertThat(CharsetNames.resolve(label)).isPresent();
    }

    @Test
    void latin1LabelsDecodeAsWindows1252() {
        assertThat(CharsetNames.resolve("ISO-8859-1")).contains(Charset.forName("windows-1252"));
        assertThat(CharsetNames.resolve("x-sjis")).contains(Charset.forName("windows-31j"));
    }

    @Test
    void pureAsciiIsDefault() {
        DecodedText d = CharsetDetector.decode("<p>plain</p>".getBytes(StandardCharsets.US_ASCII), null);
        assertThat(d.how()).isEqualTo("default");
        assertThat(d.text()).isEqualTo("<p>plain</p>");
    }

    @Test
    void undeclaredUtf8IsSniffed() {
        DecodedText d = CharsetDetector.decode(page(KOREAN, StandardCharsets.UTF_8), null);
        assertThat(d.how()).isEqualTo("sniffed");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains(KOREAN);
    }

    static Stream<Arguments> legacy() {
        return Stream.of(
                Arguments.of(JAPANESE, "windows-31j"),
                Arguments.of(JAPANESE, "EUC-JP"),
                Arguments.of(KOREAN, "x-windows-949"),
                Arguments.of(CHINESE, "GB18030"),
                Arguments.of(CHINESE_TRADITIONAL, "Big5-HKSCS"),
                Arguments.of(RUSSIAN, "windows-1251"),
                Arguments.of(RUSSIAN, "KOI8-R"),
                Arguments.of(POLISH, "windows-1250"),
                Arguments.of(GERMAN, "windows-1252"));
    }

    @ParameterizedTest
    @MethodSource("legacy")
    void undeclaredLegacyCharsetsAreSniffed(String text, String charset) {
        Charset cs = Charset.forName(charset);
        DecodedText d = CharsetDetector.decode(page(text, cs), null);
        assertThat(d.how()).isEqualTo("sniffed");
        assertThat(d.charset()).isEqualTo(cs);
        assertThat(d.text()).contains(text);
    }

    @Test
    void singleByteDeclarationOverCyrillicBytesIsOverruled() {
        byte[] b = ("<meta charset=iso-8859-1><p>" + RUSSIAN + " " + RUSSIAN).getBytes(Charset.forName("windows-1251"));
        DecodedText d = CharsetDetector.decode(b, null);
        assertThat(d.charset().name()).isEqualTo("windows-1251");
        assertThat(d.text()).contains(RUSSIAN);
        assertThat(d.warnings()).isNotEmpty();
    }

    /** Property: any text encoded as UTF-8 (with or without a declaration) decodes back unchanged. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void utf8RoundTrips(long seed) {
        Random r = new Random(seed);
        String[] alphabets = {GERMAN, JAPANESE, KOREAN, CHINESE, RUSSIAN, POLISH, "abc <>&\"' 123\n😀"};
        StringBuilder sb = new StringBuilder(r.nextBoolean() ? "<meta charset=utf-8>" : "");
        for (int i = 0; i < 200 + r.nextInt(400); i++) {
            String a = alphabets[r.nextInt(alphabets.length)];
            int at = r.nextInt(a.length() - 2);
            sb.append(a, at, Character.isHighSurrogate(a.charAt(at)) ? at + 2 : at + 1);
        }
        String s = sb.toString().replace("\uD83D", "").replace("\uDE00", "");
        DecodedText d = CharsetDetector.decode(s.getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).isEqualTo(s);
    }

    /** Property: random bytes never make the decoder throw, and the result always has a charset. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void randomBytesDecode(long seed) {
        Random r = new Random(seed);
        byte[] b = new byte[r.nextInt(5000)];
        r.nextBytes(b);
        DecodedText d = CharsetDetector.decode(b, r.nextBoolean() ? "text/html; charset=utf-8" : null);
        assertThat(d.text().length()).isGreaterThanOrEqualTo(b.length / 4);
    }
}
