package com.voiceqa.core.arch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackageGraphTest {

    @TempDir
    Path src;

    @Test
    void importsAndQualifiedNamesAreDependenciesCommentsAndStringsAreNot() throws IOException {
        write("p/api/Api.java", "package p.api;\nimport p.impl.Impl;\npublic interface Api { Impl impl(); }");
        write("p/impl/Impl.java", """
                package p.impl;
                public class Impl { p.api.Api api; }
                """);
        write("p/util/Util.java", """
                package p.util;
                import static p.web.Page.render;
                /** Not a dependency: {@link p.api.Api}. */
                public class Util {
                    // nor p.impl.Impl
                    String s = "p.impl.Impl and a \\" quote";
                    char c = '"';
                    String t = \"""
                        p.api.Api in a text block
                        \""";
                }
                """);
        write("p/web/Page.java", "package p.web;\nimport p.util.*;\npublic class Page { static void render() { } }");

        PackageGraph graph = PackageGraph.of(src);

        assertEquals(Set.of("p.impl"), graph.dependencies("p.api"));
        assertEquals(Set.of("p.api"), graph.dependencies("p.impl"));
        assertEquals(Set.of("p.web"), graph.dependencies("p.util"), "a static import counts, a comment or literal not");
        assertEquals(Set.of("p.util"), graph.dependencies("p.web"), "a wildcard import counts");
        assertEquals(List.of(Set.of("p.api", "p.impl"), Set.of("p.util", "p.web")),
                graph.cycles(Set.of()).stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList());
    }

    @Test
    void aCycleFailsNamingItsEdgesUnlessTheWrongWayEdgeIsAllowed() throws IOException {
        write("p/api/Api.java", "package p.api;\nimport p.impl.Impl;\npublic interface Api { Impl impl(); }");
        write("p/impl/Impl.java", "package p.impl;\nimport p.api.Api;\npublic class Impl { Api api; }");
        PackageGraph graph = PackageGraph.of(src);

        AssertionError cycle = assertThrows(AssertionError.class, () -> graph.assertNoCyclesExcept(Set.of()));
        assertTrue(cycle.getMessage().contains("p.impl -> p.api (e.g. p/impl/Impl.java)")
                && cycle.getMessage().contains("p.api -> p.impl"), cycle.getMessage());

        assertDoesNotThrow(() -> graph.assertNoCyclesExcept(Set.of("p.impl -> p.api")));

        AssertionError stale = assertThrows(AssertionError.class,
                () -> graph.assertNoCyclesExcept(Set.of("p.impl -> p.api", "p.api -> p.gone")));
        assertTrue(stale.getMessage().contains("'p.api -> p.gone' does not exist"), stale.getMessage());
    }

    @Test
    void anAllowedEdgeThatClosesNoCycleFails() throws IOException {
        write("p/api/Api.java", "package p.api;\npublic interface Api { }");
        write("p/impl/Impl.java", "package p.impl;\nimport p.api.Api;\npublic class Impl implements Api { }");
        PackageGraph graph = PackageGraph.of(src);

        AssertionError rightWay = assertThrows(AssertionError.class,
                () -> graph.assertNoCyclesExcept(Set.of("p.impl -> p.api")));
        assertTrue(rightWay.getMessage().contains("'p.impl -> p.api' closes no cycle"), rightWay.getMessage());
    }

    private void write(String path, String source) throws IOException {
        Path file = src.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }
}
