package io.cloudsuite.commons.validation;

import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * Names a violation's property as the client wrote it: {@code video_name}, not the Java {@code videoName}, so an
 * {@code errors[].field} is a field of the request body.
 */
public class JsonPropertyNames implements PropertyNodeNameProvider {

    private final ObjectMapper json;

    public JsonPropertyNames(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String getName(Property property) {
        if (property instanceof JavaBeanProperty bean) {
            return json
                    .getDeserializationConfig()
                    .introspect(json.constructType(bean.getDeclaringClass()))
                    .findProperties()
                    .stream()
                    .filter(candidate -> candidate.getInternalName().equals(bean.getName()))
                    .map(BeanPropertyDefinition::getName)
                    .findFirst()
                    .orElse(bean.getName());
        }
        return property.getName();
    }
}
