package dev.retort.spring;

import dev.retort.RetortException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up stopped by retort reads as retort's one line in Spring Boot's failure report
 * ("APPLICATION FAILED TO START"), not as a bean creation stack trace.
 */
class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
        return new FailureAnalysis("retort could not bring the database to the expected state at start-up:\n\n    FAILED: "
                + cause.getMessage(),
                "Do what the FAILED line says, or set retort.enabled=false to start without retort"
                        + " (docs/spring-boot.md).", cause);
    }
}
