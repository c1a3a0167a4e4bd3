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

import org.w3c.dom.NodeList;

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
        for (String module : modules(root.resolve("pom.xml"))) {
            if (module.endsWith(SERVICE_SUFFIX)) {
                Path dir = root.resolve(module);
                services.add(new SuiteService(module, dir, configuration(dir)));
            }
        }
        return services;
    }

    static List<String> modules(Path pom) {
        try (InputStream in = Files.newInputStream(pom)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("module");
            List<String> modules = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                modules.add(nodes.item(i).getTextContent().trim());
            }
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the module list of " + pom, e);
        }
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
