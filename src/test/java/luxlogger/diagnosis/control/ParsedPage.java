package luxlogger.diagnosis.control;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A rendered health page parsed by the JDK's XML parser, which fails on any markup that is not well-formed (an
 * unescaped {@code <} or {@code &}, an unclosed element, a broken attribute), and read with XPath.
 */
final class ParsedPage {

    final String text;
    private final Document document;

    ParsedPage(String text) {
        this.text = text;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setExpandEntityReferences(false);
            this.document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    List<Element> all(String xpath) {
        try {
            NodeList nodes =
                    (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    Element one(String xpath) {
        List<Element> found = all(xpath);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " elements for " + xpath);
        }
        return found.get(0);
    }

    /** The text of the one element {@code xpath} finds, white space as it is. */
    String textOf(String xpath) {
        return one(xpath).getTextContent();
    }

    /** Every attribute of every element, as {@code element@name=value}. */
    List<String> attributes() {
        List<String> found = new ArrayList<>();
        for (Element element : all("//*")) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                found.add(element.getTagName() + "@" + attribute.getName() + "=" + attribute.getValue());
            }
        }
        return found;
    }
}
