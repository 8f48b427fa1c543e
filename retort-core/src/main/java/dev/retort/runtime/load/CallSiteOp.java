package dev.retort.runtime.load;

import dev.retort.migration.Op;
import dev.retort.migration.RecordingOp;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * An {@link Op} in front of a {@link RecordingOp} that notes, for each operation recorded, the line
 * of the revision class that called it (from the stack), so that a failing operation can be reported
 * as {@code file:line}. Operations recorded through {@link Op#schema(String)} are noted as well.
 */
final class CallSiteOp implements InvocationHandler {
    private final Op target;
    private final RecordingOp root;
    private final String revisionClass;
    private final int fallbackLine;
    private final List<Integer> lines;

    private CallSiteOp(Op target, RecordingOp root, String revisionClass, int fallbackLine, List<Integer> lines) {
        this.target = target;
        this.root = root;
        this.revisionClass = revisionClass;
        this.fallbackLine = fallbackLine;
        this.lines = lines;
    }

    /**
     * An Op recording into {@code root} and adding to {@code lines} one line per operation recorded.
     *
     * @param revisionClass the revision's class; its frames (and those of its nested classes) are the callers
     * @param fallbackLine  the line noted when no frame of the revision class has a line number
     */
    static Op wrap(RecordingOp root, Class<?> revisionClass, int fallbackLine, List<Integer> lines) {
        return proxy(new CallSiteOp(root, root, revisionClass.getName(), fallbackLine, lines));
    }

    private static Op proxy(CallSiteOp handler) {
        return (Op) Proxy.newProxyInstance(Op.class.getClassLoader(), new Class<?>[] {Op.class}, handler);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        int recorded = root.operations().size();
        if (lines.size() < recorded) {
            int line = callerLine();
            while (lines.size() < recorded) {
                lines.add(line);
            }
        }
        if (result instanceof Op other && method.getName().equals("schema")) {
            return proxy(new CallSiteOp(other, root, revisionClass, fallbackLine, lines));
        }
        return result;
    }

    private int callerLine() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().equals(revisionClass) || f.getClassName().startsWith(revisionClass + "$"))
                .mapToInt(StackWalker.StackFrame::getLineNumber)
                .filter(line -> line > 0)
                .findFirst()
                .orElse(fallbackLine));
    }
}
