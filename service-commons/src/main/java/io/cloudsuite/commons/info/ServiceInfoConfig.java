package io.cloudsuite.commons.info;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who this instance is and where it runs, as reported by {@code GET /ping}. */
@ConfigMapping(prefix = "suite.service")
public interface ServiceInfoConfig {

    @WithDefault("${quarkus.application.name}")
    String name();

    @WithDefault("${quarkus.application.version}")
    String version();

    /** The AWS region of the deployment; set from the environment (SUITE_SERVICE_REGION) by the task definition. */
    @WithDefault("local")
    String region();

    /** The deployment stage, e.g. dev, staging, production. */
    @WithDefault("local")
    String stage();
}
