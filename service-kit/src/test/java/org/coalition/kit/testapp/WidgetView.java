package org.coalition.kit.testapp;

import java.time.Instant;
import java.util.UUID;

public record WidgetView(UUID id, String name, Widget.Color color, int size, String tag, long version, Instant createdAt) {
    static WidgetView of(Widget widget) {
        return new WidgetView(widget.id, widget.name, widget.color, widget.size, widget.tag, widget.version, widget.createdAt);
    }
}
