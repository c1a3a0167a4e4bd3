package io.cloudsuite.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudsuite.backends.suite.SuiteService;

/** The real request comes from the service's own OpenAPI document, examples filled in. */
class ProbeRequestTest {

    private static JsonNode document(String json) throws Exception {
        return new ObjectMapper().readTree(json.replace('\'', '"'));
    }

    @Test
    void skipsSharedPathsAndFillsRequiredQueryParametersFromTheirExamples() throws Exception {
        JsonNode openApi = document("""
                {'paths': {
                  '/': {'get': {'responses': {'303': {}}}},
                  '/ping': {'get': {'responses': {'200': {}}}},
                  '/q/health': {'get': {'responses': {'200': {}}}},
                  '/api/v1/clock': {'get': {'responses': {'200': {}, '400': {}}, 'parameters': [
                    {'name': 'mirror_time', 'in': 'query', 'required': true, 'example': '12:22'},
                    {'name': 'verbose', 'in': 'query'}]}}}}
                """);
        ProbeRequest probe = ProbeRequest.from(openApi).orElseThrow();
        assertEquals("/api/v1/clock", probe.path());
        assertEquals("/api/v1/clock?mirror_time=12%3A22", probe.pathAndQuery());
        assertFalse(probe.secured());
    }

    @Test
    void theCallAServiceDeclaresForItsSmokeCheckComesFirst() throws Exception {
        Properties configuration = new Properties();
        configuration.setProperty("suite.smoke-check.path", "/api/v1/clock?mirror_time=12:22");
        SuiteService service = new SuiteService("mirror-clock-service", Path.of("."), configuration);
        JsonNode openApi = document("{'paths': {'/other': {'get': {'responses': {'200': {}}}}}}");
        ProbeRequest probe = ProbeRequest.of(service, openApi).orElseThrow();
        assertEquals("/api/v1/clock", probe.path());
        assertEquals("/api/v1/clock?mirror_time=12:22", probe.pathAndQuery());
        SuiteService undeclared = new SuiteService("x", Path.of("."), new Properties());
        assertEquals(
                "/other",
                ProbeRequest.of(undeclared, openApi).orElseThrow().path(),
                "without a declared call, the document's");
    }

    /** stream-limiter's declared call needs the viewer's X-Forwarded-For, which only a load balancer adds. */
    @Test
    void aDeclaredCallCarriesTheExamplesOfTheHeadersItsOperationRequires() throws Exception {
        Properties configuration = new Properties();
        configuration.setProperty("suite.smoke-check.path", "/api/v1/streams");
        SuiteService service = new SuiteService("stream-limiter-service", Path.of("."), configuration);
        JsonNode openApi = document("""
                {'paths': {'/api/v1/streams': {'get': {'responses': {'200': {}}, 'parameters': [
                  {'name': 'X-Forwarded-For', 'in': 'header', 'required': true, 'example': '203.0.113.7'}]}}}}
                """);
        ProbeRequest probe = ProbeRequest.of(service, openApi).orElseThrow();
        assertEquals("/api/v1/streams", probe.pathAndQuery());
        assertEquals(Map.of("X-Forwarded-For", "203.0.113.7"), probe.headers());
    }

    @Test
    void aServicesOwnRootIsARealRequestWhenItAnswers2xx() throws Exception {
        JsonNode openApi = document("""
                {'paths': {'/': {'get': {'responses': {'200': {}}}}, '/health': {'get': {'responses': {'200': {}}}}}}
                """);
        assertEquals("/", ProbeRequest.from(openApi).orElseThrow().path(), "konnichiwa's greeting");
    }

    @Test
    void fillsPathParametersFromSchemaExamples() throws Exception {
        JsonNode openApi = document("""
                {'paths': {'/people/{id}': {'get': {'responses': {'200': {}}, 'parameters': [
                  {'name': 'id', 'in': 'path', 'schema': {'type': 'string', 'examples': ['p-1']}}]}}}}
                """);
        assertEquals("/people/p-1", ProbeRequest.from(openApi).orElseThrow().pathAndQuery());
    }

    @Test
    void anOperationWithARequiredParameterWithoutExampleIsNotCalled() throws Exception {
        JsonNode openApi = document("""
                {'paths': {'/a': {'get': {'responses': {'200': {}}, 'parameters': [
                  {'name': 'x', 'in': 'query', 'required': true}]}},
                 '/b': {'post': {'responses': {'201': {}}}}}}
                """);
        assertEquals(Optional.empty(), ProbeRequest.from(openApi));
    }

    @Test
    void securedOperationsAreFoundByPathButNotChosenAsTheAnonymousProbe() throws Exception {
        JsonNode openApi = document("""
                {'paths': {
                  '/inspect': {'get': {'security': [{'bearer': []}], 'responses': {'200': {}, '401': {}}}},
                  '/hello': {'get': {'responses': {'200': {}}}}}}
                """);
        assertEquals("/hello", ProbeRequest.from(openApi).orElseThrow().path());
        assertTrue(ProbeRequest.at(openApi, "/inspect").orElseThrow().secured());
    }

    @Test
    void documentLevelSecurityAppliesUnlessTheOperationLiftsIt() throws Exception {
        JsonNode openApi = document("""
                {'security': [{'bearer': []}], 'paths': {
                  '/secret': {'get': {'responses': {'200': {}}}},
                  '/open': {'get': {'security': [], 'responses': {'200': {}}}}}}
                """);
        assertEquals("/open", ProbeRequest.from(openApi).orElseThrow().path());
        assertTrue(ProbeRequest.at(openApi, "/secret").orElseThrow().secured());
    }
}
