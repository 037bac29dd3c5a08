package dev.panel.notification;

import dev.panel.privacy.RetentionRule;
import dev.panel.testing.DatabaseTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Panel on one database, as behind a load balancer: each keeps its own timers, and the scheduled
 * work that must happen once per round (the retention rule, the reminder round) is done by exactly one of them, even
 * when both timers fire at the same moment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledWorkOnceIT {

    private final List<ApplicationContext> instances = new ArrayList<>();
    private final ExecutorService timers = Executors.newFixedThreadPool(2);

    @BeforeAll
    void startTwoInstances() {
        Map<String, Object> properties = new HashMap<>(new DatabaseTest() {
        }.getProperties());
        // The timers are on, as in production, but far in the future: the test fires them itself, at the same moment.
        properties.put("panel.notifications.background", "true");
        properties.put("panel.notifications.first-round", "1h");
        properties.put("panel.notifications.first-send", "1h");
        instances.add(ApplicationContext.run(properties));
        instances.add(ApplicationContext.run(properties));
    }

    @AfterAll
    void stop() {
        timers.shutdownNow();
        instances.forEach(ApplicationContext::close);
    }

    /** Every round is due: the locks earlier tests (and earlier runs of this one) took have expired. */
    @BeforeEach
    void everyRoundDue() throws SQLException {
        try (Connection connection = pool(instances.get(0)).getConnection();
             PreparedStatement expire = connection.prepareStatement("UPDATE shedlock SET lock_until = ? WHERE name IN ('retention', 'notification-round')")) {
            expire.setTimestamp(1, Timestamp.valueOf("2000-01-01 00:00:00"));
            expire.executeUpdate();
        }
    }

    @Test
    void theRetentionRuleRunsOnOneInstanceWhenBothTimersFireAtOnce() throws Exception {
        List<Boolean> ran = fireTogether(instance -> instance.getBean(RetentionRule.class)::runRound);

        assertThat(ran).containsExactlyInAnyOrder(true, false);
        assertThat(lockHolder("retention")).as("the lock row names the instance that ran the round").isNotBlank();
    }

    @Test
    void theReminderRoundRunsOnOneInstanceWhenBothTimersFireAtOnce() throws Exception {
        List<Boolean> ran = fireTogether(instance -> instance.getBean(NotificationRounds.class)::remindAndChase);

        assertThat(ran).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void anInstanceWhoseTimerFiresSecondsLaterSkipsTheRoundTheOtherJustRan() {
        NotificationRounds first = instances.get(0).getBean(NotificationRounds.class);
        NotificationRounds second = instances.get(1).getBean(NotificationRounds.class);

        assertThat(first.remindAndChase()).as("the first timer of the minute").isTrue();
        assertThat(second.remindAndChase()).as("the other instance's timer, a moment later in the same minute").isFalse();
        assertThat(first.remindAndChase()).as("nor does the first run it twice").isFalse();
    }

    /** Both instances' rounds, started at the same moment on two threads; whether each ran. */
    private List<Boolean> fireTogether(Function<ApplicationContext, Callable<Boolean>> round) throws Exception {
        CyclicBarrier together = new CyclicBarrier(instances.size());
        List<Future<Boolean>> results = new ArrayList<>();
        for (ApplicationContext instance : instances) {
            Callable<Boolean> work = round.apply(instance);
            results.add(timers.submit(() -> {
                together.await();
                return work.call();
            }));
        }
        List<Boolean> ran = new ArrayList<>();
        for (Future<Boolean> result : results) {
            ran.add(result.get());
        }
        return ran;
    }

    private static DataSource pool(ApplicationContext instance) {
        return instance.getBean(DataSourceResolver.class).resolve(instance.getBean(DataSource.class));
    }

    private String lockHolder(String name) throws SQLException {
        try (Connection connection = pool(instances.get(1)).getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT locked_by FROM shedlock WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
