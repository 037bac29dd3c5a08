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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
            List<Element> filters = new ArrayList<>();
            for (int i = 0, b = 0; i < sheets.size(); i++) {
                XlsxWorkbook.Part sheet = sheets.get(i);
                if (!sheet.streamed()) {
                    positionOfBuilt[b] = i;
                    list.appendChild(built.get(b++));
                    continue;
                }
                Element entry = document.createElementNS(MAIN, "sheet");
                entry.setAttribute("name", sheet.name);
                entry.setAttribute("sheetId", Integer.toString(++sheetId));
                entry.setAttributeNS(RELATIONSHIPS, "r:id", relationId(i));
                list.appendChild(entry);
                if (sheet.filter != null) {
                    Element filter = document.createElementNS(MAIN, "definedName");
                    filter.setAttribute("name", FILTER_NAME);
                    filter.setAttribute("localSheetId", Integer.toString(i));
                    filter.setAttribute("hidden", "1");
                    filter.setTextContent("'" + sheet.name.replace("'", "''") + "'!" + sheet.filter);
                    filters.add(filter);
                }
            }
            Element names = (Element) document.getElementsByTagNameNS(MAIN, "definedNames").item(0);
            if (names != null) {
                for (Element name : children(names, "definedName")) {
                    if (name.hasAttribute("localSheetId")) {
                        name.setAttribute("localSheetId", Integer.toString(positionOfBuilt[Integer.parseInt(name.getAttribute("localSheetId"))]));
                    }
                }
            } else if (!filters.isEmpty()) {
                names = document.createElementNS(MAIN, "definedNames");
                list.getParentNode().insertBefore(names, list.getNextSibling());
            }
            for (Element filter : filters) {
                names.appendChild(filter);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(part.length + sheets.size() * 200);
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IllegalStateException("Could not add the streamed sheets to the template's workbook part", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
