package io.cloudsuite.testing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.cloudsuite.backends.LocalBackendKind;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * A second replica beside the packaged jar a {@code @QuarkusIntegrationTest} starts, as behind the load balancer:
 * a {@link PackagedReplica} started once for the test class, before its first test (when the test resources have
 * injected the backends it shares with the first), and stopped after the last. Register it in a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SecondReplica second = SecondReplica.sharing(MyIT.class, test -> Map.of(DYNAMODB, test.dynamo.uri()));
 * }</pre>
 */
public final class SecondReplica implements BeforeTestExecutionCallback, AfterAllCallback {

    private final Function<Object, Map<LocalBackendKind, String>> backends;
    private PackagedReplica replica;

    private SecondReplica(Function<Object, Map<LocalBackendKind, String>> backends) {
        this.backends = backends;
    }

    /**
     * @param backends the address of every backend the service needs, read from the test instance's injected fields
     */
    public static <T> SecondReplica sharing(Class<T> testClass, Function<T, Map<LocalBackendKind, String>> backends) {
        return new SecondReplica(test -> backends.apply(testClass.cast(test)));
    }

    /** After {@code @BeforeEach}: the test resources have injected their servers into the instance by then. */
    @Override
    public void beforeTestExecution(ExtensionContext context) {
        if (replica == null) {
            replica = PackagedReplica.start(backends.apply(context.getRequiredTestInstance()));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (replica != null) {
            replica.close();
            replica = null;
        }
    }

    /** A request to the second replica. */
    public RequestSpecification request() {
        if (replica == null) {
            throw new IllegalStateException("the second replica starts before each test, not earlier");
        }
        return RestAssured.given().baseUri("http://127.0.0.1").port(replica.port());
    }

    /** One call of a race across both replicas: {@code replica} is where it goes, {@code caller} its number. */
    @FunctionalInterface
    public interface ReplicaCall<T> {
        T call(RequestSpecification replica, int caller) throws Exception;
    }

    /**
     * The race between replicas: {@code calls} calls at once ({@link Concurrently#race}), the even ones to the first
     * replica, the odd ones to the second. The results in call order.
     */
    public <T> List<T> raceAcrossBoth(int calls, ReplicaCall<T> call) throws Exception {
        return Concurrently.race(calls, caller -> call.call(caller % 2 == 0 ? RestAssured.given() : request(), caller));
    }
}
