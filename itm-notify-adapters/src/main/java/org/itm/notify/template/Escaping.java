package org.itm.notify.template;

/**
 * How a value is made safe for the channel before it replaces a placeholder, so that event text can never
 * change the structure of the message (inject markup, break out of a JSON string, ping a Slack channel). Pick the
 * constant for where the template's output goes; every constant is stateless and thread-safe.
 *
 * @since 0.1
 */
public enum Escaping {
    /** Inserted as is; only for plain-text channels. */
    NONE {
        @Override
        public String escape(String value) {
            return value;
        }
    },
    /** HTML text and attribute values (mail bodies): {@code & < > " '} become character references. */
    HTML {
        @Override
        public String escape(String value) {
            StringBuilder out = new StringBuilder(value.length() + 16);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    },
    /**
     * The inside of a JSON string literal (webhook payloads): quotes, backslashes and control characters are
     * escaped, and so are U+2028/U+2029, which break JavaScript consumers.
     */
    JSON_STRING {
        @Override
        public String escape(String value) {
            StringBuilder out = new StringBuilder(value.length() + 16);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.toString();
        }
    },
    /**
     * Slack mrkdwn text: {@code &}, {@code <} and {@code >} become {@code &amp;}, {@code &lt;} and {@code &gt;},
     * the escaping Slack requires, so that text cannot form links, user mentions or {@code <!channel>} alerts.
     * Use inside a JSON payload through {@link #SLACK_MRKDWN_IN_JSON}.
     */
    SLACK_MRKDWN {
        @Override
        public String escape(String value) {
            return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    },
    /** Slack mrkdwn escaping followed by JSON string escaping: for placeholders inside a Slack JSON payload. */
    SLACK_MRKDWN_IN_JSON {
        @Override
        public String escape(String value) {
            return JSON_STRING.escape(SLACK_MRKDWN.escape(value));
        }
    };

    /**
     * Makes one placeholder value safe for this channel; {@link NotificationTemplate} calls it for every value it
     * inserts.
     *
     * @param value the raw text, such as a notification's subject
     * @return the text to insert, which cannot change the structure of the surrounding message
     */
    public abstract String escape(String value);
}
