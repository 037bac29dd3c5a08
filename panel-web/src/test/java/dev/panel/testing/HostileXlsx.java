package dev.panel.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Malicious and broken spreadsheets, made in code from a good one, for upload tests: each keeps the rest of the
 * good file, so that only the one trick can be what gets it refused.
 */
public final class HostileXlsx {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    private final Map<String, byte[]> entries;

    private HostileXlsx(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /** The entries of a good xlsx file, in order. */
    public static HostileXlsx from(byte[] goodXlsx) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(goodXlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HostileXlsx(entries);
    }

    /** Not a zip at all: a text file sent as a spreadsheet. */
    public static byte[] notAZip() {
        return "candidate,interviewer,competency,rating\nAda,Sam,Architecture,3\n".getBytes(StandardCharsets.UTF_8);
    }

    /** A zip that stops half-way: the first half of a good file. */
    public byte[] truncated() {
        byte[] whole = zip(entries);
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    /** An extra entry of 60 MB of zeros, which deflates to about 60 KB. */
    public byte[] zipBomb() {
        Map<String, byte[]> bomb = new LinkedHashMap<>(entries);
        bomb.put("xl/media/image1.png", new byte[60 * 1024 * 1024]);
        return zip(bomb);
    }

    /**
     * A shared-strings table of 400,000 different short texts (8 MB of XML in about 1 MB of file), whatever count it
     * declares: past every upload's cap on distinct texts, under its cap on unpacked size.
     */
    public byte[] hugeSharedStrings() {
        int count = 400_000;
        StringBuilder xml = new StringBuilder(count * 24);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">");
        for (int i = 0; i < count; i++) {
            xml.append("<si><t>t").append(Integer.toHexString(i)).append("</t></si>");
        }
        xml.append("</sst>");
        Map<String, byte[]> huge = new LinkedHashMap<>(entries);
        huge.put(SHARED_STRINGS, xml.toString().getBytes(StandardCharsets.UTF_8));
        return zip(huge);
    }

    /**
     * A first sheet of 130,000 rows of inline text: 21 MB of XML in about 1.2 MB of file, a ratio (18 to 1) that no
     * zip-bomb check notices, and far more than a workbook built in memory can afford.
     */
    public byte[] hugeSheet() {
        java.util.Random random = new java.util.Random(1);
        String sheet = new String(entries.get(SHEET), StandardCharsets.UTF_8);
        StringBuilder rows = new StringBuilder(130_000 * 170);
        String filler = "x".repeat(100);
        for (int r = 2; r < 130_002; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>").append(filler)
                    .append(String.format("%04x", random.nextInt(1 << 16))).append("</t></is></c></row>");
        }
        String huge = sheet.replaceFirst("(?s)<sheetData>.*</sheetData>|<sheetData/>", "<sheetData>" + rows + "</sheetData>");
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put(SHEET, huge.getBytes(StandardCharsets.UTF_8));
        return zip(copy);
    }

    /**
     * The sheet twice under one name: a reader that takes the first and one that takes the last see different
     * files, so such a file is refused. The second copy is written under a placeholder of the same length, and
     * the placeholder is then renamed in the zip's bytes (Java's own zip writer refuses a repeated name).
     */
    public byte[] duplicateEntries(UnaryOperator<String> secondSheet) {
        String placeholder = SHEET.replace("sheet1.xml", "sheetX.xml");
        Map<String, byte[]> twice = new LinkedHashMap<>(entries);
        twice.put(placeholder, secondSheet.apply(new String(entries.get(SHEET), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        byte[] zip = zip(twice);
        byte[] from = placeholder.getBytes(StandardCharsets.US_ASCII);
        byte[] to = SHEET.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (java.util.Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zip, i, to.length);
            }
        }
        return zip;
    }

    /** The sheet with a DOCTYPE declaring an external entity that reads a file of the server, used in a cell. */
    public byte[] externalEntity(String fileUrl) {
        Map<String, byte[]> xxe = new LinkedHashMap<>(entries);
        String sheet = new String(entries.get(SHEET), StandardCharsets.UTF_8);
        String hostile = sheet.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + fileUrl + "\">]><worksheet")
                .replaceFirst("<c r=\"A2\"[^>]*>.*?</c>", "<c r=\"A2\" t=\"inlineStr\"><is><t>&secret;</t></is></c>");
        xxe.put(SHEET, hostile.getBytes(StandardCharsets.UTF_8));
        return zip(xxe);
    }

    /** The shared strings with an entity that expands a billion times ("billion laughs"), declared in a DOCTYPE. */
    public byte[] billionLaughs() {
        Map<String, byte[]> laughs = new LinkedHashMap<>(entries);
        StringBuilder doctype = new StringBuilder("<!DOCTYPE sst [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        String sst = new String(entries.getOrDefault(SHARED_STRINGS, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"></sst>"
                .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        String hostile = sst.replaceFirst("<sst", doctype + "<sst").replaceFirst("<t>[^<]*</t>", "<t>&l9;</t>");
        laughs.put(SHARED_STRINGS, hostile.getBytes(StandardCharsets.UTF_8));
        return zip(laughs);
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
