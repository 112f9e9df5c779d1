package org.itm.testkit.notify;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that keeps formatted lines in memory; optionally throws to play a broken backend. */
final class CapturingLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    record Line(Level level, String text) {
    }

    private final transient List<Line> lines = new ArrayList<>();
    private final boolean broken;

    CapturingLogger(boolean broken) {
        this.name = "capturing";
        this.broken = broken;
    }

    synchronized List<Line> lines(Level level) {
        return lines.stream().filter(l -> l.level() == level).toList();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected synchronized void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
                                                            Object[] arguments, Throwable throwable) {
        if (broken) {
            throw new IllegalStateException("log appender disk full");
        }
        lines.add(new Line(level, MessageFormatter.basicArrayFormat(messagePattern, arguments)));
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }
}
