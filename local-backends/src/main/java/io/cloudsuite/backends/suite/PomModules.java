package io.cloudsuite.backends.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The one reader of the suite's module list: the root pom's own {@code <modules>} (not those of its profiles).
 * The launcher and the Terraform checks call it through {@link SuiteModules}; CI's shell scripts run this file as a
 * program ({@code .github/scripts/pom-modules.sh}: {@code java PomModules.java <pom> all|services}), so it
 * uses nothing but the JDK and keeps to Java 11 syntax (whatever Java a CI runner has on its PATH).
 */
public final class PomModules {

    static final String SERVICE_SUFFIX = "-service";
    /** The Terraform folder is a Maven test module too, but no service build depends on it. */
    static final String TERRAFORM_MODULE = "platform-terraform";

    private PomModules() {}

    /** Prints the pom's modules of one kind, one a line. */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java PomModules.java <pom.xml> [all|services]");
            System.exit(2);
        }
        Path pom = Path.of(args[0]);
        String kind = args.length == 2 ? args[1] : "all";
        List<String> selected;
        if (kind.equals("all")) {
            selected = modules(pom);
        } else if (kind.equals("services")) {
            selected = services(pom);
        } else {
            System.err.println("usage: java PomModules.java <pom.xml> [all|services]");
            System.exit(2);
            return;
        }
        if (modules(pom).isEmpty()) {
            System.err.println("no <module> found in " + pom);
            System.exit(1);
        }
        selected.forEach(System.out::println);
    }

    /** Every module of the pom itself, in its order. */
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

    /** The modules that are services: named {@code *-service}. */
    public static List<String> services(Path pom) {
        return modules(pom).stream()
                .filter(module -> module.endsWith(SERVICE_SUFFIX))
                .collect(Collectors.toList());
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && localName.equals(node.getLocalName())) {
                found.add((Element) node);
            }
        }
        return found;
    }
}
