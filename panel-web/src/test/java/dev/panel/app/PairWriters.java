package dev.panel.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static dev.panel.app.EmbeddedDatabaseTables.open;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers that each commit numbered pairs, a user and the audit event naming it, in one transaction, as fast as
 * they can: a copy of one instant holds, of each writer, pairs 1..k whole.
 */
final class PairWriters {

    private static final Pattern TAG = Pattern.compile("backup-w(\\d+)-(\\d+)(?!\\d)");

    private final Path dataDirectory;
    private final AtomicInteger[] committed;
    private final AtomicInteger[] limit;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final CountDownLatch warmedUp;
    private final int warmUp;

    /** Writers that, once started, let {@link #awaitWarmUp()} return when each has committed warmUp pairs. */
    PairWriters(Path dataDirectory, int writers, int warmUp) {
        this.dataDirectory = dataDirectory;
        this.warmUp = warmUp;
        this.committed = new AtomicInteger[writers];
        this.limit = new AtomicInteger[writers];
        this.warmedUp = new CountDownLatch(writers);
        for (int i = 0; i < writers; i++) {
            committed[i] = new AtomicInteger();
            limit[i] = new AtomicInteger(Integer.MAX_VALUE);
        }
    }

    void start() {
        for (int i = 0; i < committed.length; i++) {
            int writer = i;
            Thread thread = new Thread(() -> write(writer), "pair-writer-" + writer);
            threads.add(thread);
            thread.start();
        }
    }

    void awaitWarmUp() throws InterruptedException {
        assertThat(warmedUp.await(60, TimeUnit.SECONDS)).as("writers committed " + warmUp + " pairs each; failures: " + failures).isTrue();
        assertThat(failures).isEmpty();
    }

    int[] committed() {
        int[] now = new int[committed.length];
        for (int i = 0; i < now.length; i++) {
            now[i] = committed[i].get();
        }
        return now;
    }

    /** Lets each writer commit a few more pairs past the given counts, then waits for all to end. */
    void stopAfter(int[] counts, int more) throws InterruptedException {
        for (int i = 0; i < limit.length; i++) {
            limit[i].set(counts[i] + more);
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertThat(failures).isEmpty();
    }

    private void write(int writer) {
        try (Connection database = open(dataDirectory)) {
            database.setAutoCommit(false);
            var user = database.prepareStatement("INSERT INTO app_user (username, display_name, email, roles, created_at) "
                    + "VALUES (?, 'Backup writer', ?, 'INTERVIEWER', CURRENT_TIMESTAMP(6))");
            var event = database.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action, subject) "
                    + "VALUES (CURRENT_TIMESTAMP(6), 'backup-test', 'BACKUP_PAIR', ?)");
            for (int pair = 1; pair <= limit[writer].get(); pair++) {
                String tag = "backup-w" + writer + "-" + pair;
                user.setString(1, tag);
                user.setString(2, tag + "@panel.example");
                user.executeUpdate();
                event.setString(1, tag);
                event.executeUpdate();
                database.commit();
                committed[writer].set(pair);
                if (pair == warmUp) {
                    warmedUp.countDown();
                }
            }
        } catch (Throwable e) {
            failures.add(e);
            warmedUp.countDown();
        }
    }

    /** Each writer's number of whole pairs in these tables; fails on half a pair or a gap. */
    static Map<Integer, Integer> pairsIn(Map<String, List<String>> tables) {
        Map<Integer, SortedSet<Integer>> users = tags(tables.get("app_user"));
        Map<Integer, SortedSet<Integer>> events = tags(tables.get("audit_event"));
        assertThat(users).as("users and audit events written in the same transactions").isEqualTo(events);
        Map<Integer, Integer> pairs = new TreeMap<>();
        users.forEach((writer, numbers) -> {
            assertThat(numbers.first()).isEqualTo(1);
            assertThat(numbers.last()).as("writer %d's pairs have no gap", writer).isEqualTo(numbers.size());
            pairs.put(writer, numbers.size());
        });
        return pairs;
    }

    /** The tables without the rows of any pair later than the given counts. */
    static Map<String, List<String>> withoutPairsAfter(Map<String, List<String>> tables, Map<Integer, Integer> counts) {
        Map<String, List<String>> earlier = new TreeMap<>();
        tables.forEach((table, rows) -> earlier.put(table, rows.stream().filter(row -> {
            var tag = TAG.matcher(row);
            return !tag.find() || Integer.parseInt(tag.group(2)) <= counts.getOrDefault(Integer.parseInt(tag.group(1)), 0);
        }).toList()));
        return earlier;
    }

    private static Map<Integer, SortedSet<Integer>> tags(List<String> rows) {
        Map<Integer, SortedSet<Integer>> tags = new TreeMap<>();
        for (String row : rows) {
            var tag = TAG.matcher(row);
            if (tag.find()) {
                tags.computeIfAbsent(Integer.parseInt(tag.group(1)), w -> new TreeSet<>()).add(Integer.parseInt(tag.group(2)));
            }
        }
        return tags;
    }
}
