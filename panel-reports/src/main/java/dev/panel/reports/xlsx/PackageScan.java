package dev.panel.reports.xlsx;

import dev.panel.common.InvalidInputException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A streaming look through an uploaded xlsx file before POI builds it in memory, refusing what POI would either accept
 * ambiguously or only notice after it had paid for it in heap:
 * <ul>
 *   <li>a part stored twice under one name (zip readers disagree on which copy counts);</li>
 *   <li>more inflated bytes than {@value #MAX_RATIO} times the file (a zip bomb), one part over {@link SafeXlsx#MAX_ENTRY_BYTES},
 *       or more in all than {@link SafeXlsx.Limits#maxUnpackedBytes()} (which POI would turn into many times that in heap);</li>
 *   <li>a DOCTYPE in any XML part (Excel never writes one; it is how entity expansion and external entities begin);</li>
 *   <li>a shared-strings table (any part whose root is {@code sst}) with more entries than the limit, counted as it
 *       streams by, whatever count the file declares about itself.</li>
 * </ul>
 * It reads every byte once and holds none of them.
 */
final class PackageScan {

    static final int MAX_RATIO = 100;

    private static final XMLInputFactory XML = secureFactory();

    private PackageScan() {
    }

    static void check(byte[] file, SafeXlsx.Limits limits) {
        Set<String> parts = new HashSet<>();
        Inflated inflated = new Inflated((long) MAX_RATIO * Math.max(file.length, 1024), limits.maxUnpackedBytes());
        // The reader POI itself uses for a stream, so that both see the same entries (stored ones with data descriptors too).
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextZipEntry(); entry != null; entry = zip.getNextZipEntry()) {
                // Part names in an Office package are compared without regard to case (ECMA-376 Part 2, 9.1.1.4).
                String name = entry.getName().replaceFirst("^/", "").toLowerCase(Locale.ROOT);
                if (!parts.add(name)) {
                    throw new InvalidInputException("The spreadsheet holds its part \"" + entry.getName() + "\" twice, which no "
                            + "spreadsheet program writes; it was not read. Save it again from your spreadsheet program.");
                }
                InputStream part = inflated.part(zip);
                if (name.endsWith(".xml")) {
                    checkXml(part, entry.getName(), limits);
                }
                part.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException notAZip) {
            throw new InvalidInputException("The file is not an xlsx spreadsheet. Save it from your spreadsheet program as .xlsx and try again.");
        }
        if (parts.isEmpty()) {
            throw new InvalidInputException("The file is not an xlsx spreadsheet. Save it from your spreadsheet program as .xlsx and try again.");
        }
    }

    private static void checkXml(InputStream part, String name, SafeXlsx.Limits limits) {
        XMLStreamReader xml = null;
        try {
            xml = XML.createXMLStreamReader(part);
            boolean sharedStrings = false;
            long strings = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InvalidInputException("The spreadsheet contains XML declarations (DOCTYPE or entities) that Panel does not read.");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!sharedStrings) {
                    // Only the root matters for anything but a shared-strings table; the rest of the part is drained unparsed.
                    if (!xml.getLocalName().equals("sst")) {
                        return;
                    }
                    sharedStrings = true;
                } else if (xml.getLocalName().equals("si") && ++strings > limits.maxSharedStrings()) {
                    throw new InvalidInputException("The spreadsheet holds more than " + limits.maxSharedStrings()
                            + " different texts; split it.");
                }
            }
        } catch (XMLStreamException broken) {
            throw new InvalidInputException("The spreadsheet could not be read: its part \"" + name + "\" is not well-formed XML.");
        } finally {
            closeQuietly(xml);
        }
    }

    private static void closeQuietly(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing was held open beyond the stream, which the zip reader owns
            }
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** Counts what the file inflates to, and refuses once a part or the whole passes its limit. */
    private static final class Inflated {

        private final long ratioLimit;
        private final long unpackedLimit;
        private long whole;

        Inflated(long ratioLimit, long unpackedLimit) {
            this.ratioLimit = ratioLimit;
            this.unpackedLimit = unpackedLimit;
        }

        InputStream part(InputStream zip) {
            return new FilterInputStream(zip) {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                @Override
                public void close() {
                    // the zip stream stays open for the next part
                }

                private void count(int n) {
                    read += n;
                    whole += n;
                    if (read > SafeXlsx.MAX_ENTRY_BYTES || whole > ratioLimit) {
                        throw new InvalidInputException("The spreadsheet expands to far more than its size (a zip bomb?); it was not read.");
                    }
                    if (whole > unpackedLimit) {
                        throw new InvalidInputException("The spreadsheet unpacks to more than " + (unpackedLimit >> 20) + " MB, more than "
                                + "Panel reads from a spreadsheet at once; split it, or (for ratings) import it as CSV.");
                    }
                }
            };
        }
    }
}
