package org.coalition.projects.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatcher;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.time.Timestamps;
import org.coalition.projects.events.ProjectsEvents;
import org.coalition.projects.project.ProjectService;

/**
 * Indicators and their measurements. Every change locks the project's row, so the writes of one
 * project queue and its events, keyed by the project, stay in order.
 */
@ApplicationScoped
@Transactional
public class IndicatorService {

    private final ProjectService projects;
    private final IndicatorRepository indicators;
    private final MergePatcher patches;
    private final Outbox outbox;

    public IndicatorService(ProjectService projects, IndicatorRepository indicators, MergePatcher patches, Outbox outbox) {
        this.projects = projects;
        this.indicators = indicators;
        this.patches = patches;
        this.outbox = outbox;
    }

    public IndicatorView add(UUID projectId, IndicatorInput input) {
        projects.requireForUpdate(projectId);
        check(input);
        Indicator indicator = new Indicator();
        indicator.id = Ids.newId();
        indicator.projectId = projectId;
        apply(input, indicator);
        indicator.createdAt = indicator.updatedAt;
        indicators.persistAndFlush(indicator);
        return publish(ProjectsEvents.INDICATOR_ADDED, indicator);
    }

    public IndicatorView replace(UUID projectId, UUID indicatorId, String ifMatch, IndicatorInput input) {
        return update(requireForUpdate(projectId, indicatorId, ifMatch), input);
    }

    public IndicatorView patch(UUID projectId, UUID indicatorId, String ifMatch, JsonNode patch) {
        Indicator indicator = requireForUpdate(projectId, indicatorId, ifMatch);
        return update(indicator, patches.apply(toInput(indicator), patch, IndicatorInput.class));
    }

    /** Removes the indicator with its measurements. */
    public void remove(UUID projectId, UUID indicatorId, String ifMatch) {
        Indicator indicator = requireForUpdate(projectId, indicatorId, ifMatch);
        IndicatorView last = view(indicator);
        indicators.removeMeasurements(indicator.id);
        indicators.delete(indicator);
        indicators.flush();
        outbox.publish(ProjectsEvents.TOPIC, ProjectsEvents.INDICATOR_REMOVED, projectId.toString(), last);
    }

    /** Records a measured value; the event carries the indicator with its new latest value and progress. */
    public MeasurementView measure(UUID projectId, UUID indicatorId, MeasurementInput input) {
        Indicator indicator = requireForUpdate(projectId, indicatorId, null);
        List<FieldError> errors = new ArrayList<>();
        if (input.date().isBefore(indicator.baselineDate)) {
            errors.add(new FieldError("date", "must be on or after the baseline date " + indicator.baselineDate));
        }
        if (input.date().isAfter(LocalDate.now())) {
            errors.add(new FieldError("date", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.UNPROCESSABLE, errors);
        }
        if (indicators.measuredOn(indicatorId, input.date())) {
            throw ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError("date",
                    "indicator " + indicatorId + " has a measurement on " + input.date()
                            + " already; remove it first to record another value")));
        }
        Measurement measurement = new Measurement();
        measurement.id = Ids.newId();
        measurement.indicatorId = indicatorId;
        measurement.value = plain(input.value());
        measurement.measuredOn = input.date();
        measurement.comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        measurement.createdAt = Timestamps.now();
        indicators.persistMeasurement(measurement);
        touch(indicator, ProjectsEvents.INDICATOR_MEASURED);
        return toView(measurement);
    }

    public void removeMeasurement(UUID projectId, UUID indicatorId, UUID measurementId) {
        Indicator indicator = requireForUpdate(projectId, indicatorId, null);
        indicators.removeMeasurement(indicators.measurement(indicatorId, measurementId)
                .orElseThrow(() -> measurementNotFound(indicatorId, measurementId)));
        touch(indicator, ProjectsEvents.MEASUREMENT_REMOVED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorView get(UUID projectId, UUID indicatorId) {
        return view(find(projectId, indicatorId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IndicatorView> page(UUID projectId, PageRequest page) {
        projects.get(projectId);
        Page<Indicator> rows = Page.of(indicators.page(projectId, page.afterId(), page.fetchSize()), page,
                i -> Cursor.of(i.id.toString()), i -> i);
        Map<UUID, Measurement> latest = indicators.latest(rows.items().stream().map(i -> i.id).toList());
        return rows.map(i -> toView(i, latest.get(i.id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeasurementView measurement(UUID projectId, UUID indicatorId, UUID measurementId) {
        find(projectId, indicatorId);
        return indicators.measurement(indicatorId, measurementId).map(IndicatorService::toView)
                .orElseThrow(() -> measurementNotFound(indicatorId, measurementId));
    }

    /** Measurements in date order; the cursor holds the date and id of the last one returned. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MeasurementView> measurements(UUID projectId, UUID indicatorId, Integer limit, String cursor) {
        find(projectId, indicatorId);
        PageRequest page = PageRequest.of(limit, cursor, 2);
        LocalDate afterDate = null;
        UUID afterId = null;
        if (page.after() != null) {
            try {
                afterDate = LocalDate.parse(page.after().key(0));
                afterId = UUID.fromString(page.after().key(1));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ProblemException(ProblemType.BAD_CURSOR, "The cursor is not one this list returned.");
            }
        }
        return Page.of(indicators.measurements(indicatorId, afterDate, afterId, page.fetchSize()), page,
                m -> Cursor.of(m.measuredOn.toString(), m.id.toString()), IndicatorService::toView);
    }

    private IndicatorView update(Indicator indicator, IndicatorInput input) {
        check(input);
        apply(input, indicator);
        indicators.flush();
        return publish(ProjectsEvents.INDICATOR_UPDATED, indicator);
    }

    /** A measurement changes the indicator's latest value and progress: its version moves, so ETags see it. */
    private void touch(Indicator indicator, String type) {
        indicator.updatedAt = Timestamps.now();
        indicators.flush();
        publish(type, indicator);
    }

    private static void check(IndicatorInput input) {
        if (!input.target().date().isAfter(input.baseline().date())) {
            throw ProblemException.unprocessableField("target.date", "must be after the baseline date " + input.baseline().date());
        }
    }

    private static void apply(IndicatorInput input, Indicator indicator) {
        indicator.title = input.title().strip();
        indicator.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        indicator.unit = input.unit().strip();
        indicator.baselineValue = plain(input.baseline().value());
        indicator.baselineDate = input.baseline().date();
        indicator.targetValue = plain(input.target().value());
        indicator.targetDate = input.target().date();
        indicator.updatedAt = Timestamps.now();
    }

    private static IndicatorInput toInput(Indicator indicator) {
        return new IndicatorInput(indicator.title, indicator.description, indicator.unit,
                new Point(indicator.baselineValue, indicator.baselineDate), new Point(indicator.targetValue, indicator.targetDate));
    }

    private Indicator requireForUpdate(UUID projectId, UUID indicatorId, String ifMatch) {
        projects.requireForUpdate(projectId);
        Indicator indicator = find(projectId, indicatorId);
        ETags.checkIfMatch(ifMatch, indicator.version);
        return indicator;
    }

    private Indicator find(UUID projectId, UUID indicatorId) {
        projects.get(projectId);
        return indicators.find(projectId, indicatorId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No indicator with id '" + indicatorId + "' in project '" + projectId + "'."));
    }

    private IndicatorView view(Indicator indicator) {
        return toView(indicator, indicators.latest(List.of(indicator.id)).get(indicator.id));
    }

    private IndicatorView publish(String type, Indicator indicator) {
        IndicatorView view = view(indicator);
        outbox.publish(ProjectsEvents.TOPIC, type, indicator.projectId.toString(), view);
        return view;
    }

    public static IndicatorView toView(Indicator indicator, Measurement latest) {
        return new IndicatorView(indicator.id, indicator.projectId, indicator.title, indicator.description, indicator.unit,
                new Point(indicator.baselineValue, indicator.baselineDate),
                new Point(indicator.targetValue, indicator.targetDate),
                latest == null ? null : toView(latest), progress(indicator.baselineValue, indicator.targetValue, latest),
                indicator.createdAt, indicator.updatedAt, indicator.version);
    }

    /** (latest − baseline) ÷ (target − baseline), to four places; null without a measurement or a distance to go. */
    public static BigDecimal progress(BigDecimal baseline, BigDecimal target, Measurement latest) {
        if (latest == null || target.compareTo(baseline) == 0) {
            return null;
        }
        return plain(latest.value.subtract(baseline).divide(target.subtract(baseline), 4, RoundingMode.HALF_EVEN));
    }

    /** Without trailing zeros, but never in exponent form (100, not 1E+2), as JSON readers expect. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static MeasurementView toView(Measurement measurement) {
        return new MeasurementView(measurement.id, measurement.indicatorId, measurement.value, measurement.measuredOn,
                measurement.comment, measurement.createdAt);
    }

    private static ProblemException measurementNotFound(UUID indicatorId, UUID measurementId) {
        return new ProblemException(ProblemType.NOT_FOUND,
                "No measurement with id '" + measurementId + "' of indicator '" + indicatorId + "'.");
    }
}
