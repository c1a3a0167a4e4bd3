package io.cloudsuite.backends.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The services of the suite, read from the one list that says which exist: the root pom's {@code <modules>},
 * where every module named {@code *-service} is a service.
 */
public final class SuiteModules {

    private static final String SERVICE_SUFFIX = "-service";

    private SuiteModules() {
    }

    public static List<SuiteService> services(Path root) {
        List<SuiteService> services = new ArrayList<>();
        for (String name : serviceNames(root.resolve("pom.xml"))) {
            Path dir = root.resolve(name);
            services.add(new SuiteService(name, dir, configuration(dir)));
        }
        return services;
    }

    /** The modules of the given pom that are services. */
    public static List<String> serviceNames(Path pom) {
        return modules(pom).stream().filter(module -> module.endsWith(SERVICE_SUFFIX)).toList();
    }

    /** The pom's own {@code <modules>}, not those of its profiles. */
    public static List<String> modules(Path pom) {
        try (InputStream in = Files.newInputStream(pom)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(in).getDocumentElement();
            List<String> modules = new ArrayList<>();
            for (Element list : children(project, "modules")) {
                for (Element module : children(list, "module")) {
                    modules.add(module.getTextContent().strip());
                }
            }
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pom, e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the module list of " + pom, e);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Properties configuration(Path serviceDir) {
        Properties properties = new Properties();
        Path file = serviceDir.resolve("src/main/resources/application.properties");
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return properties;
    }
}
