package io.pgmicro.exec.triggers;

import io.pgmicro.catalog.TriggerDef;
import io.pgmicro.exec.routines.Routines;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The events of deferred constraint triggers, queued by the statements that caused them with
 * the rows as they were then, and fired at COMMIT or when SET CONSTRAINTS makes their trigger
 * immediate, in the order they happened.
 */
public final class DeferredTriggers {
    private record Pending(TriggerDef trigger, TriggerEvent event) {
    }

    private final List<Pending> queue = new ArrayList<>();

    void add(TriggerDef trigger, TriggerEvent event) {
        queue.add(new Pending(trigger, event));
    }

    /** Fires, and takes off the queue, the events of the triggers that are now due. */
    public void fire(Routines routines, Predicate<TriggerDef> due) {
        while (true) {
            Pending next = queue.stream().filter(p -> due.test(p.trigger())).findFirst().orElse(null);
            if (next == null) {
                return;
            }
            queue.remove(next);
            routines.fire(TriggeredDml.function(routines, next.trigger()), next.event());
        }
    }

    public void clear() {
        queue.clear();
    }
}
