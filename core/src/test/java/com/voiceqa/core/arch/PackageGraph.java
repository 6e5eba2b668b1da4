package com.voiceqa.core.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which package of a source tree uses which, read from the sources with plain Java (no ArchUnit): every import,
 * static import and fully-qualified name outside comments and string literals counts. Only the tree's own packages
 * are nodes; other modules are Maven's business.
 *
 * <p>Each module's {@code PackageCyclesTest} asserts that its packages depend one way. Known cycles are listed there
 * as the edges that point the wrong way, so the list is the module's debt: a new cycle fails, and so does a listed
 * edge that no longer exists or closes no cycle any more (remove it from the list).
 */
public final class PackageGraph {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    /** A package name followed by a class name (capitalized, as this codebase names them) or an import's {@code *}. */
    private static final Pattern REFERENCE = Pattern.compile("\\b((?:[a-z_][a-z0-9_]*\\.)+[a-z_][a-z0-9_]*)\\.(?:[A-Z]|\\*)");

    /** package → package it uses → one file where it does (for the failure message). */
    private final Map<String, Map<String, Path>> edges = new TreeMap<>();

    private PackageGraph() {
    }

    /** Reads every {@code .java} file under {@code sourceRoot} (e.g. {@code src/main/java}). */
    public static PackageGraph of(Path sourceRoot) {
        PackageGraph graph = new PackageGraph();
        Map<Path, String> code = new HashMap<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = JavaCode.withoutCommentsAndLiterals(Files.readString(file));
                Matcher pkg = PACKAGE.matcher(source);
                if (pkg.find()) {
                    graph.edges.putIfAbsent(pkg.group(1), new TreeMap<>());
                    code.put(file, source);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources under " + sourceRoot, e);
        }
        code.forEach((file, source) -> {
            Matcher pkg = PACKAGE.matcher(source);
            pkg.find();
            String from = pkg.group(1);
            Matcher ref = REFERENCE.matcher(source.substring(pkg.end()));
            while (ref.find()) {
                String to = ref.group(1);
                if (!to.equals(from) && graph.edges.containsKey(to)) {
                    graph.edges.get(from).putIfAbsent(to, sourceRoot.relativize(file));
                }
            }
        });
        return graph;
    }

    /** The packages {@code pkg} uses, in this tree. */
    public Set<String> dependencies(String pkg) {
        return edges.getOrDefault(pkg, Map.of()).keySet();
    }

    /**
     * Fails when the packages form a cycle once the {@code allowed} edges ({@code "a.b -> a"}) are left out, or when
     * an allowed edge does not exist (any more) or closes no cycle (any more): then it is no debt and leaves the list.
     */
    public void assertNoCyclesExcept(Set<String> allowed) {
        List<String> problems = new ArrayList<>();
        for (String edge : new TreeSet<>(allowed)) {
            String[] ends = edge.split("\\s*->\\s*");
            if (ends.length != 2 || !dependencies(ends[0]).contains(ends[1])) {
                problems.add("the allowed edge '" + edge + "' does not exist: remove it from the list");
            } else if (!reaches(ends[1], ends[0])) {
                problems.add("the allowed edge '" + edge + "' closes no cycle: it points the right way, remove it "
                        + "from the list");
            }
        }
        for (Set<String> cycle : cycles(allowed)) {
            StringBuilder message = new StringBuilder("packages in a cycle: " + cycle);
            for (String from : cycle) {
                edges.get(from).forEach((to, file) -> {
                    if (cycle.contains(to) && !allowed.contains(from + " -> " + to)) {
                        message.append("\n    ").append(from).append(" -> ").append(to).append(" (e.g. ").append(file).append(')');
                    }
                });
            }
            problems.add(message.toString());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** Whether a path of edges (allowed or not) leads from {@code from} to {@code to}. */
    private boolean reaches(String from, String to) {
        Set<String> seen = new LinkedHashSet<>(List.of(from));
        Deque<String> next = new ArrayDeque<>(seen);
        while (!next.isEmpty()) {
            for (String used : dependencies(next.poll())) {
                if (used.equals(to)) {
                    return true;
                }
                if (seen.add(used)) {
                    next.add(used);
                }
            }
        }
        return false;
    }

    /** The strongly connected components of two or more packages (Tarjan), leaving out the allowed edges. */
    public List<Set<String>> cycles(Set<String> allowed) {
        return new Tarjan(allowed).components();
    }

    private final class Tarjan {
        private final Set<String> allowed;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new LinkedHashSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        Tarjan(Set<String> allowed) {
            this.allowed = allowed;
        }

        List<Set<String>> components() {
            edges.keySet().forEach(pkg -> {
                if (!index.containsKey(pkg)) {
                    visit(pkg);
                }
            });
            return components;
        }

        private void visit(String pkg) {
            index.put(pkg, index.size());
            low.put(pkg, index.get(pkg));
            stack.push(pkg);
            onStack.add(pkg);
            for (String next : dependencies(pkg)) {
                if (allowed.contains(pkg + " -> " + next)) {
                    continue;
                }
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(pkg, Math.min(low.get(pkg), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(pkg, Math.min(low.get(pkg), index.get(next)));
                }
            }
            if (low.get(pkg).equals(index.get(pkg))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(pkg));
                if (component.size() > 1) {
                    components.add(component);
                }
            }
        }
    }

    @Override
    public String toString() {
        return edges.entrySet().stream().map(e -> e.getKey() + " -> " + e.getValue().keySet())
                .collect(Collectors.joining("\n"));
    }
}
