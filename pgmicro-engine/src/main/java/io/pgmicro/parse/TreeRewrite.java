package io.pgmicro.parse;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Rewrites a parse tree bottom-up, copying only the messages on the way to a replaced one. */
public final class TreeRewrite {
    private TreeRewrite() {
    }

    /**
     * @param replacement a message's replacement, or null to keep the message and rewrite its
     *                    children instead
     * @return the tree itself when nothing was replaced
     */
    public static Message rewrite(Message m, Function<Message, Message> replacement) {
        Message replaced = replacement.apply(m);
        if (replaced != null) {
            return replaced;
        }
        Message.Builder builder = null;
        for (Map.Entry<FieldDescriptor, Object> e : m.getAllFields().entrySet()) {
            FieldDescriptor f = e.getKey();
            if (f.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            if (f.isRepeated()) {
                List<?> items = (List<?>) e.getValue();
                for (int i = 0; i < items.size(); i++) {
                    Message child = (Message) items.get(i);
                    Message changed = rewrite(child, replacement);
                    if (changed != child) {
                        builder = builder == null ? m.toBuilder() : builder;
                        builder.setRepeatedField(f, i, changed);
                    }
                }
            } else {
                Message child = (Message) e.getValue();
                Message changed = rewrite(child, replacement);
                if (changed != child) {
                    builder = builder == null ? m.toBuilder() : builder;
                    builder.setField(f, changed);
                }
            }
        }
        return builder == null ? m : builder.build();
    }
}
