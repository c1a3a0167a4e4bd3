package io.cloudsuite.commons.validation;

import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * What Bean Validation means in every service: {@code @NotBlank} and {@code @Size} on a String follow the stored-text
 * rules ({@link StoredTextNotBlank}, {@link CodePointSize}), and a violation names a body field by its JSON name. So
 * a request type states each rule once, with the standard annotations that SmallRye OpenAPI also reads.
 */
@Singleton
public class RequestValidation implements ValidatorFactoryCustomizer {

    private final ObjectMapper json;

    public RequestValidation(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configure(configuration, json);
    }

    /** The same settings for a validator built outside Quarkus, e.g. in a plain unit test. */
    public static void configure(BaseHibernateValidatorConfiguration<?> configuration, ObjectMapper json) {
        ConstraintMapping storedText = configuration.createConstraintMapping();
        storedText
                .constraintDefinition(NotBlank.class)
                .includeExistingValidators(true)
                .validatedBy(StoredTextNotBlank.class);
        storedText
                .constraintDefinition(Size.class)
                .includeExistingValidators(true)
                .validatedBy(CodePointSize.class);
        configuration.addMapping(storedText);
        configuration.propertyNodeNameProvider(new JsonPropertyNames(json));
    }
}
