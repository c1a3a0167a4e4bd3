package io.cloudsuite.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The root pom's {@code <modules>}: the one list of what exists. Services are the modules named *-service. */
final class ReactorModules {

    private ReactorModules() {
    }

    static List<String> services(Path pom) {
        return modules(pom).stream().filter(m -> m.endsWith("-service")).toList();
    }

    /** The project's own modules, not those of profiles. */
    static List<String> modules(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
            List<String> modules = new ArrayList<>();
            for (Element list : children(project, "modules")) {
                for (Element module : children(list, "module")) {
                    modules.add(module.getTextContent().strip());
                }
            }
            return modules;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read the modules of " + pom, e);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
