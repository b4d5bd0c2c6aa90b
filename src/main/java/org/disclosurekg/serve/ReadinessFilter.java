package org.disclosurekg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Answers 503 with {@code Retry-After} while the graph is still being loaded; the ping stays available so
 * that a supervisor sees the process is alive.
 */
final class ReadinessFilter implements Filter {
    private final BooleanSupplier ready;

    ReadinessFilter(BooleanSupplier ready) {
        this.ready = ready;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (ready.getAsBoolean() || req.getRequestURI().startsWith("/$/ping")) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Retry-After", "5");
        resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "loading the graph, try again shortly");
    }
}
