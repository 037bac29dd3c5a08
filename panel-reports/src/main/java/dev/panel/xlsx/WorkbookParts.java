package dev.panel.xlsx;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the streamed sheets to the three parts of the template that list sheets: the workbook (its sheets in order,
 * and the hidden filter name of each streamed sheet), the workbook's relations and the content types. The template
 * holds only the POI-built sheets, in their order; the streamed sheets go in between where they were created, which
 * moves the template's sheet-scoped names (their {@code localSheetId} is a position) along with their sheets.
 */
final class WorkbookParts {

    static final String WORKBOOK = "xl/workbook.xml";
    static final String RELATIONS = "xl/_rels/workbook.xml.rels";
    static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String FILTER_NAME = "_xlnm._FilterDatabase";
    private static final String RUN = "panel-streamed-sheets";
    private static final String FILTERS = "panel-streamed-filters";
    private static final Pattern MARKER = Pattern.compile("<\\?(" + RUN + "|" + FILTERS + ") ?(\\d*)\\?>");

    private final List<XlsxWorkbook.Part> sheets;

    WorkbookParts(List<XlsxWorkbook.Part> sheets) {
        this.sheets = sheets;
    }

    /** The template's part of this name, with the streamed sheets added where it lists sheets. */
    byte[] rewrite(String name, byte[] part) {
        return switch (name) {
            case WORKBOOK -> workbook(part);
            case RELATIONS -> before(part, "</Relationships>", streamed((i, s) -> "<Relationship Id=\"" + relationId(i)
                    + "\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"/" + s.partName + "\"/>"));
            case CONTENT_TYPES -> before(part, "</Types>", streamed((i, s) -> "<Override PartName=\"/" + s.partName
                    + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"));
            default -> part;
        };
    }

    private interface Line {
        String of(int index, XlsxWorkbook.Part sheet);
    }

    private String streamed(Line line) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).streamed()) {
                lines.append(line.of(i, sheets.get(i)));
            }
        }
        return lines.toString();
    }

    /** The relation id of the streamed sheet at this position, which no id of POI's ("rId1", ...) can be. */
    private static String relationId(int index) {
        return "rIdPanelSheet" + (index + 1);
    }

    private static byte[] before(byte[] part, String closingTag, String added) {
        String xml = new String(part, StandardCharsets.UTF_8);
        int at = xml.lastIndexOf(closingTag);
        if (at < 0) {
            throw new IllegalStateException("No " + closingTag + " in the template's part");
        }
        return (xml.substring(0, at) + added + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The workbook part: the template's, parsed (it lists only the POI-built sheets, so it is small), with a marker
     * where each run of streamed sheets goes and where their filter names go; serialised; then each marker replaced by
     * the runs' XML, written as text (for 8,000 sheets, building them as DOM elements took a tenth of the export).
     */
    private byte[] workbook(byte[] part) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(part));
            document.getDocumentElement().setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:r", RELATIONSHIPS);
            Element list = (Element) document.getElementsByTagNameNS(MAIN, "sheets").item(0);
            List<Element> built = children(list, "sheet");
            int sheetId = built.stream().mapToInt(e -> Integer.parseInt(e.getAttribute("sheetId"))).max().orElse(0);
            built.forEach(list::removeChild);
            int[] positionOfBuilt = new int[built.size()];
            StringBuilder filters = new StringBuilder();
            List<StringBuilder> runs = new ArrayList<>();
            StringBuilder run = null;
            for (int i = 0, b = 0; i < sheets.size(); i++) {
                XlsxWorkbook.Part sheet = sheets.get(i);
                if (!sheet.streamed()) {
                    positionOfBuilt[b] = i;
                    list.appendChild(built.get(b++));
                    run = null;
                    continue;
                }
                if (run == null) {
                    run = new StringBuilder();
                    list.appendChild(document.createProcessingInstruction(RUN, Integer.toString(runs.size())));
                    runs.add(run);
                }
                run.append("<sheet name=\"").append(escape(sheet.name)).append("\" sheetId=\"").append(++sheetId)
                        .append("\" r:id=\"").append(relationId(i)).append("\"/>");
                if (sheet.filter != null) {
                    filters.append("<definedName name=\"" + FILTER_NAME + "\" localSheetId=\"").append(i).append("\" hidden=\"1\">")
                            .append(escape("'" + sheet.name.replace("'", "''") + "'!" + sheet.filter)).append("</definedName>");
                }
            }
            Element names = (Element) document.getElementsByTagNameNS(MAIN, "definedNames").item(0);
            if (names != null) {
                for (Element name : children(names, "definedName")) {
                    if (name.hasAttribute("localSheetId")) {
                        name.setAttribute("localSheetId", Integer.toString(positionOfBuilt[Integer.parseInt(name.getAttribute("localSheetId"))]));
                    }
                }
            } else if (filters.length() > 0) {
                names = document.createElementNS(MAIN, "definedNames");
                list.getParentNode().insertBefore(names, list.getNextSibling());
            }
            if (names != null) {
                names.appendChild(document.createProcessingInstruction(FILTERS, ""));
            }
            StringWriter out = new StringWriter(part.length + sheets.size() * 150);
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            String xml = out.toString();
            StringBuilder whole = new StringBuilder(xml.length() + sheets.size() * 150);
            Matcher marker = MARKER.matcher(xml);
            while (marker.find()) {
                marker.appendReplacement(whole, "");
                whole.append(marker.group(1).equals(FILTERS) ? filters : runs.get(Integer.parseInt(marker.group(2))));
            }
            marker.appendTail(whole);
            return whole.toString().getBytes(StandardCharsets.UTF_8);
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IllegalStateException("Could not add the streamed sheets to the template's workbook part", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text for an attribute or an element. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
