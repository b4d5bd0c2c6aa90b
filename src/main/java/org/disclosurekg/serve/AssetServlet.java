package org.disclosurekg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the pages' own CSS and scripts and the YASGUI editor from its WebJar on the class path, so that
 * every page works offline; {@code prefixes.json} is the project's prefixes for the editor.
 */
final class AssetServlet extends HttpServlet {
    private static final String OWN = "serve/assets/";
    private static final String YASGUI_PREFIX = "yasgui/";
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml",
            "png", "image/png", "txt", "text/plain; charset=utf-8");

    private final String yasguiRoot = "META-INF/resources/webjars/zazuko__yasgui/" + yasguiVersion() + "/build/";
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        boolean plausible = name.matches("[A-Za-z0-9_./-]+\\.[a-z]+") && !name.contains("..")
                && TYPES.containsKey(extension(name));
        byte[] bytes = plausible ? cached(name) : null;
        if (bytes == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(TYPES.get(extension(name)));
        resp.setContentLength(bytes.length);
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.getOutputStream().write(bytes);
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The asset's bytes, {@code null} when there is none; only found assets are remembered. */
    private byte[] cached(String name) {
        byte[] bytes = cache.get(name);
        if (bytes == null) {
            bytes = load(name);
            if (bytes != null) {
                cache.put(name, bytes);
            }
        }
        return bytes;
    }

    private byte[] load(String name) {
        if (name.equals("prefixes.json")) {
            return prefixesJson().getBytes(StandardCharsets.UTF_8);
        }
        String resource = name.startsWith(YASGUI_PREFIX) ? yasguiRoot + name.substring(YASGUI_PREFIX.length())
                : OWN + name;
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The prefixes in the shape YASQE's prefix completer expects from prefix.cc: {@code {"p": "ns"}}. */
    static String prefixesJson() {
        StringBuilder sb = new StringBuilder("{");
        QueryPrefixes.mapping().getNsPrefixMap().forEach((p, ns) -> sb.append(sb.length() > 1 ? "," : "")
                .append('"').append(p).append("\":\"").append(ns).append('"'));
        return sb.append('}').toString();
    }

    /** The version of the YASGUI WebJar on the class path, read from its Maven metadata. */
    static String yasguiVersion() {
        try (InputStream in = AssetServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the YASGUI WebJar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the YASGUI WebJar metadata", e);
        }
    }
}
