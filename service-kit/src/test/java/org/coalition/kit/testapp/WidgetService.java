package org.coalition.kit.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.problem.ProblemException;

@ApplicationScoped
@Transactional
public class WidgetService {

    public static final String TOPIC = "kit-test.widgets";

    private final WidgetRepository widgets;
    private final Outbox outbox;

    public WidgetService(WidgetRepository widgets, Outbox outbox) {
        this.widgets = widgets;
        this.outbox = outbox;
    }

    public WidgetView create(WidgetInput input) {
        if (widgets.count("name", input.name()) > 0) {
            throw ProblemException.conflict("A widget named '" + input.name() + "' exists already.");
        }
        Widget widget = new Widget();
        widget.id = Ids.newId();
        apply(widget, input);
        widget.createdAt = Instant.now();
        widgets.persistAndFlush(widget);
        WidgetView view = WidgetView.of(widget);
        outbox.publish(TOPIC, "org.coalition.widget.created", widget.id.toString(), view);
        return view;
    }

    /** Writes its event and then fails: neither the widget nor the event may ever be seen. */
    public void createThenFail(WidgetInput input) {
        create(input);
        throw new IllegalStateException("failing on purpose after the outbox write");
    }

    public WidgetView replace(UUID id, String ifMatch, WidgetInput input) {
        Widget widget = widgets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("widget", id));
        ETags.checkIfMatch(ifMatch, widget.version);
        apply(widget, input);
        widgets.flush();
        WidgetView view = WidgetView.of(widget);
        outbox.publish(TOPIC, "org.coalition.widget.updated", widget.id.toString(), view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WidgetView get(UUID id) {
        return widgets.findByIdOptional(id).map(WidgetView::of).orElseThrow(() -> ProblemException.notFound("widget", id));
    }

    private static void apply(Widget widget, WidgetInput input) {
        widget.name = input.name();
        widget.color = input.color();
        widget.size = input.size();
        widget.tag = input.tag();
    }
}
