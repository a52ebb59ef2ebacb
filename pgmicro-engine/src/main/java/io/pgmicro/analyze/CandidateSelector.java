package io.pgmicro.analyze;

import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's rules for choosing among overloaded functions and operators
 * (the "Type Conversion" chapter, steps for function and operator resolution),
 * over candidates given as lists of declared argument types.
 */
public final class CandidateSelector {
    private CandidateSelector() {
    }

    /**
     * Picks the best candidate for the actual argument types, or returns -1 if none
     * fits, -2 if several fit equally well (ambiguous).
     */
    public static int select(List<List<PgType>> candidates, List<PgType> actual) {
        // 1. an exact match, treating unknown arguments as matching the other known ones
        for (int i = 0; i < candidates.size(); i++) {
            if (exact(candidates.get(i), actual)) {
                return i;
            }
        }
        // a lone unknown next to known arguments is taken to be of their type (binary operators)
        PgType common = commonKnownType(actual);
        if (common != null) {
            List<PgType> assumed = new ArrayList<>();
            for (PgType t : actual) {
                assumed.add(isUnknown(t) ? common : t);
            }
            for (int i = 0; i < candidates.size(); i++) {
                if (strictlyExact(candidates.get(i), assumed)) {
                    return i;
                }
            }
        }
        // 2. candidates every argument can reach by implicit coercion
        List<Integer> viable = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (coercible(candidates.get(i), actual)) {
                viable.add(i);
            }
        }
        if (viable.size() <= 1) {
            return viable.isEmpty() ? -1 : viable.get(0);
        }
        // 3. most exact matches on known arguments
        viable = keepBest(viable, candidates, actual, Scoring.EXACT);
        if (viable.size() == 1) {
            return viable.get(0);
        }
        // 4. most preferred types where coercion is needed
        viable = keepBest(viable, candidates, actual, Scoring.PREFERRED);
        if (viable.size() == 1) {
            return viable.get(0);
        }
        // 5. unknown arguments: prefer the string category, then preferred types
        viable = resolveUnknowns(viable, candidates, actual);
        if (viable.size() == 1) {
            return viable.get(0);
        }
        return viable.isEmpty() ? -1 : -2;
    }

    private enum Scoring {
        EXACT,
        PREFERRED
    }

    private static List<Integer> keepBest(List<Integer> viable, List<List<PgType>> candidates, List<PgType> actual,
                                          Scoring scoring) {
        int best = -1;
        List<Integer> kept = new ArrayList<>();
        for (int i : viable) {
            List<PgType> declared = candidates.get(i);
            int score = 0;
            for (int a = 0; a < actual.size(); a++) {
                PgType d = declared.get(a);
                PgType t = actual.get(a);
                if (isUnknown(t)) {
                    continue;
                }
                if (scoring == Scoring.EXACT ? d.equals(t) : (d.equals(t) || d.preferred())) {
                    score++;
                }
            }
            if (score > best) {
                best = score;
                kept.clear();
            }
            if (score == best) {
                kept.add(i);
            }
        }
        return kept;
    }

    private static List<Integer> resolveUnknowns(List<Integer> viable, List<List<PgType>> candidates, List<PgType> actual) {
        List<Integer> kept = new ArrayList<>(viable);
        for (int a = 0; a < actual.size(); a++) {
            if (!isUnknown(actual.get(a))) {
                continue;
            }
            boolean anyString = false;
            for (int i : kept) {
                if (candidates.get(i).get(a).category() == 'S') {
                    anyString = true;
                }
            }
            List<Integer> next = new ArrayList<>();
            if (anyString) {
                for (int i : kept) {
                    if (candidates.get(i).get(a).category() == 'S') {
                        next.add(i);
                    }
                }
                // among strings, text (the preferred one) wins
                List<Integer> preferred = new ArrayList<>();
                for (int i : next) {
                    if (candidates.get(i).get(a).preferred()) {
                        preferred.add(i);
                    }
                }
                if (!preferred.isEmpty()) {
                    next = preferred;
                }
            } else {
                List<Integer> preferred = new ArrayList<>();
                for (int i : kept) {
                    if (candidates.get(i).get(a).preferred()) {
                        preferred.add(i);
                    }
                }
                next = preferred.isEmpty() ? kept : preferred;
            }
            kept = next;
        }
        return kept;
    }

    private static boolean exact(List<PgType> declared, List<PgType> actual) {
        if (declared.size() != actual.size()) {
            return false;
        }
        boolean anyKnown = false;
        for (int i = 0; i < actual.size(); i++) {
            if (isUnknown(actual.get(i))) {
                continue;
            }
            anyKnown = true;
            if (!declared.get(i).equals(actual.get(i))) {
                return false;
            }
        }
        // all-unknown calls must go through the fuller rules
        return anyKnown && !hasUnknown(actual);
    }

    private static boolean strictlyExact(List<PgType> declared, List<PgType> actual) {
        if (declared.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < actual.size(); i++) {
            if (!declared.get(i).equals(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean coercible(List<PgType> declared, List<PgType> actual) {
        if (declared.size() != actual.size()) {
            return false;
        }
        PgType polymorphicBinding = null;
        for (int i = 0; i < actual.size(); i++) {
            PgType d = declared.get(i);
            PgType t = actual.get(i);
            if (!Coercion.canCoerce(t, d, Coercion.Context.IMPLICIT)) {
                return false;
            }
            if (Coercion.isPolymorphic(d) && d.oid() != 2276 && !isUnknown(t)) {
                PgType element = d.oid() == Types.ANYARRAY.oid() ? Types.byOid(t.elementOid()) : t;
                if (element == null) {
                    continue;
                }
                if (polymorphicBinding != null && !polymorphicBinding.equals(element)) {
                    return false;
                }
                polymorphicBinding = element;
            }
        }
        return true;
    }

    private static PgType commonKnownType(List<PgType> actual) {
        PgType common = null;
        boolean anyUnknown = false;
        for (PgType t : actual) {
            if (isUnknown(t)) {
                anyUnknown = true;
            } else if (common == null) {
                common = t;
            } else if (!common.equals(t)) {
                return null;
            }
        }
        return anyUnknown ? common : null;
    }

    private static boolean hasUnknown(List<PgType> actual) {
        for (PgType t : actual) {
            if (isUnknown(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isUnknown(PgType t) {
        return t.oid() == Types.UNKNOWN.oid();
    }
}
