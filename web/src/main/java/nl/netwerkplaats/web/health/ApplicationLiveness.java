package nl.netwerkplaats.web.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the application is deployed and answering; a dead database makes it not ready
 * ({@link DatabaseReadiness}), not dead, so an orchestrator does not restart an instance that only waits for it.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        long free = Runtime.getRuntime().maxMemory() - Runtime.getRuntime().totalMemory()
                + Runtime.getRuntime().freeMemory();
        return HealthCheckResponse.named("netwerkplaats").up().withData("freeMemoryBytes", free).build();
    }
}
