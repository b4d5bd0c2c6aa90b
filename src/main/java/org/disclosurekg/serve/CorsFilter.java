package org.disclosurekg.serve;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Fuseki's CORS filter set for a read-only publication: any origin, GET and POST only, no credentials,
 * preflights answered here rather than passed on.
 */
final class CorsFilter extends CrossOriginFilter {
    private static final Map<String, String> PARAMS = Map.of(
            ALLOWED_ORIGINS_PARAM, "*",
            ALLOWED_METHODS_PARAM, "GET,POST",
            ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
            EXPOSED_HEADERS_PARAM, "Content-Length,Content-Type,Content-Location,Link,Vary,ETag",
            ALLOW_CREDENTIALS_PARAM, "false",
            CHAIN_PREFLIGHT_PARAM, "false",
            PREFLIGHT_MAX_AGE_PARAM, "86400");

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return PARAMS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(PARAMS.keySet());
            }
        });
    }
}
