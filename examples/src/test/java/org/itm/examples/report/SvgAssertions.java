package org.itm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses SVG and HTML output with the JDK's XML parser and finds the marks of a chart. */
final class SvgAssertions {

    private SvgAssertions() {
    }

    /** Parses {@code xml}; any well-formedness error fails the test with the parser's message. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The elements whose class attribute contains the token {@code cssClass}. */
    static List<Element> byClass(Document doc, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (Arrays.asList(e.getAttribute("class").split("\\s+")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    /** Asserts that {@code svg} is a well-formed, accessible SVG with finite numbers only, and returns it parsed. */
    static Document assertWellFormedSvg(String svg, String expectedTitle) {
        assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo(expectedTitle);
        NodeList titles = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
        assertThat(titles.getLength()).isPositive();
        assertThat(titles.item(0).getTextContent()).isEqualTo(expectedTitle);
        assertThat(((Element) titles.item(0)).getAttribute("id")).isEqualTo(root.getAttribute("aria-labelledby"));
        return doc;
    }
}
