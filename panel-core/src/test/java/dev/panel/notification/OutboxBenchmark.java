package dev.panel.notification;

import dev.panel.testing.MailServer;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast the outbox drains into a real SMTP server (GreenMail in this JVM), with one sender and with two claiming
 * from the same database at once, as two Panel instances would. Each round writes {@code count} invitations with their
 * calendar parts, then times their delivery. Run by bench/notifications.sh; prints BENCH lines.
 */
public final class OutboxBenchmark {

    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        MailServer mail = new MailServer();
        Map<String, Object> properties = new HashMap<>(mail.properties());
        properties.put("datasources.default.url", System.getenv("PANEL_BENCH_JDBC_URL"));
        properties.put("datasources.default.username", System.getenv().getOrDefault("PANEL_BENCH_DB_USER", "panel_test"));
        properties.put("datasources.default.password", System.getenv().getOrDefault("PANEL_BENCH_DB_PASSWORD", "panel_test"));
        properties.put("datasources.default.dialect", "MYSQL");
        properties.put("flyway.datasources.default.enabled", "true");
        properties.put("panel.security.bcrypt-cost", "10");
        properties.put("panel.demo", "false");
        properties.put("panel.notifications.background", "false");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            UserService users = context.getBean(UserService.class);
            Outbox outbox = context.getBean(Outbox.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
            OutboxSender first = context.getBean(OutboxSender.class);
            OutboxSender second = new OutboxSender(context.getBean(OutboxClaims.class), context.getBean(NotificationRepository.class),
                    users, context.getBean(Letters.class), context.getBean(MailDelivery.class),
                    context.getBean(java.time.Clock.class), context.getBean(io.micronaut.json.JsonMapper.class));
            List<User> people = users.createAll(java.util.stream.IntStream.range(0, 50)
                    .mapToObj(i -> new NewUser("bench-" + System.nanoTime() + "-" + i, "Bench Reader " + i, "bench-password-long",
                            Set.of(Role.INTERVIEWER))).toList());
            round("1 sender", count, people, outbox, transactions, List.of(first));
            round("2 senders at once", count, people, outbox, transactions, List.of(first, second));
        } finally {
            mail.stop();
        }
    }

    private static void round(String what, int count, List<User> people, Outbox outbox, TransactionOperations<Connection> transactions,
                              List<OutboxSender> senders) throws Exception {
        String run = what.replace(' ', '-') + "-" + System.nanoTime();
        transactions.executeWrite(status -> {
            for (int i = 0; i < count; i++) {
                Map<String, String> facts = Map.of(Facts.CANDIDATE, "Bench Candidate " + i, Facts.STAGE, "System design",
                        Facts.MINUTES, "60", Facts.STARTS_AT, "2031-01-15T10:00:00Z", Facts.PREVIOUS_STARTS_AT, "",
                        Facts.PATH, Facts.interviewPath(i), Facts.SEQUENCE, "0");
                outbox.add(new Notice("bench:" + run + ":" + i, people.get(i % people.size()).id(), NotificationKind.PANEL_INVITATION,
                        null, (long) i, facts));
            }
            return null;
        });
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        long started = System.nanoTime();
        List<Future<Integer>> sent = new ArrayList<>();
        for (OutboxSender sender : senders) {
            sent.add(pool.submit(sender::deliverDue));
        }
        int total = 0;
        for (Future<Integer> each : sent) {
            total += each.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("outbox, %s: %d of %d sent in %.2f s (%.0f messages/s)%n", what, total, count, seconds, total / seconds);
        System.out.printf("BENCH|outbox to SMTP, %s (%d invitations with calendar parts)|%.0f messages/s, %d sent|all %d sent exactly once|%s%n",
                what, count, total / seconds, total, count, total == count ? "ok" : "WRONG COUNT");
    }
}
