package io.cloudsuite.commons.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A JSON object that names a field twice is refused (a 400, see ProblemExceptionMappers) instead of the last value
 * silently winning: parsers disagree on which one counts, so a body like {@code {"name":"A","name":"B"}} could be read
 * one way by a proxy or an audit log and another way here.
 */
@Singleton
public class StrictJsonParsing implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
