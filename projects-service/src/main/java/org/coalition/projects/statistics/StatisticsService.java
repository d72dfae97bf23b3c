package org.coalition.projects.statistics;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.coalition.projects.community.CommunityService;
import org.coalition.projects.indicator.IndicatorRepository;
import org.coalition.projects.indicator.IndicatorService;
import org.coalition.projects.indicator.IndicatorView;
import org.coalition.projects.indicator.Measurement;
import org.coalition.projects.statistics.CommunityStatistics.LeadsAndSupports;

/** Computes a community's statistics from its own rows and the replica, in one read-only transaction. */
@ApplicationScoped
@Transactional
public class StatisticsService {

    private final CommunityService communities;
    private final StatisticsRepository statistics;
    private final IndicatorRepository indicators;

    public StatisticsService(CommunityService communities, StatisticsRepository statistics, IndicatorRepository indicators) {
        this.communities = communities;
        this.statistics = statistics;
        this.indicators = indicators;
    }

    public CommunityStatistics of(UUID communityId) {
        communities.get(communityId);
        Map<String, Long> byStatus = statistics.projectsByStatus(communityId);
        long[] milestones = statistics.milestones(communityId);
        long[] updates = statistics.updates(communityId);
        Map<String, Long> feedbackByKind = statistics.feedbackByKind(communityId);
        return new CommunityStatistics(communityId, LocalDate.now(ZoneOffset.UTC),
                new CommunityStatistics.Projects(sum(byStatus), byStatus, statistics.projectsByTheme(communityId),
                        statistics.projectsByCountry(communityId)),
                new CommunityStatistics.Milestones(milestones[0], milestones[1], milestones[2], milestones[3],
                        milestones[4], share(milestones[2], milestones[1])),
                new CommunityStatistics.Updates(updates[0], updates[1], share(updates[1], updates[0]), updates[2]),
                indicators(communityId),
                members(communityId),
                new CommunityStatistics.Feedback(sum(feedbackByKind), feedbackByKind, statistics.feedbackResolved(communityId)));
    }

    private CommunityStatistics.Indicators indicators(UUID communityId) {
        List<UUID> ids = statistics.indicatorIds(communityId);
        Map<UUID, Measurement> latest = indicators.latest(ids);
        List<IndicatorView> items = ids.isEmpty() ? List.of()
                : indicators.list("id in ?1", Sort.by("projectId").and("id"), ids).stream()
                        .map(indicator -> IndicatorService.toView(indicator, latest.get(indicator.id))).toList();
        List<BigDecimal> progress = items.stream().map(IndicatorView::progress).filter(Objects::nonNull).toList();
        long reached = progress.stream().filter(p -> p.compareTo(BigDecimal.ONE) >= 0).count();
        BigDecimal average = progress.isEmpty() ? null
                : progress.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(progress.size()), 4, RoundingMode.HALF_EVEN);
        return new CommunityStatistics.Indicators(items.size(), progress.size(), reached, IndicatorService.plain(average), items);
    }

    private CommunityStatistics.Members members(UUID communityId) {
        Map<String, long[]> byCountry = new TreeMap<>();
        Map<String, long[]> byType = new TreeMap<>();
        long leads = 0;
        List<Object[]> rows = statistics.members(communityId);
        for (Object[] row : rows) {
            boolean lead = (Boolean) row[1];
            leads += lead ? 1 : 0;
            count(byCountry, (String) row[2], lead);
            count(byType, (String) row[3], lead);
        }
        return new CommunityStatistics.Members(rows.size(), leads, rows.size() - leads,
                statistics.membersByRole(communityId), leadsAndSupports(byCountry), leadsAndSupports(byType));
    }

    private static void count(Map<String, long[]> counts, String key, boolean lead) {
        counts.computeIfAbsent(key, k -> new long[2])[lead ? 0 : 1]++;
    }

    private static Map<String, LeadsAndSupports> leadsAndSupports(Map<String, long[]> counts) {
        Map<String, LeadsAndSupports> result = new TreeMap<>();
        counts.forEach((key, c) -> result.put(key, new LeadsAndSupports(c[0] + c[1], c[0], c[1])));
        return result;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : IndicatorService.plain(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN));
    }
}
