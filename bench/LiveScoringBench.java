import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Live scoring under load: INTERVIEWERS people each autosave a growing note on their own scorecard every two
 * seconds for SECONDS seconds over the REST API, with staggered starts, then fill in what submitting needs and
 * submit. Reports the server's own time per autosave (its Server-Timing header) and the round trip, counts every
 * error, and afterwards reads each scorecard straight from the database to check it holds the last text sent.
 * <p>
 * Set-up: the interviewers' accounts are written straight into app_user (there is no API for accounts; they
 * share the admin's password hash); candidates and loops on the first published plan go through the API as the
 * admin, and every interviewer gets a token through POST /api/tokens.
 * <p>
 * Run by bench/scoring.sh against a running Panel on an empty database, with the MySQL driver on the class path.
 * Usage: java -cp mysql-connector.jar bench/LiveScoringBench.java BASE_URL JDBC_URL DB_USER DB_PASSWORD ADMIN ADMIN_PASSWORD INTERVIEWERS SECONDS
 *        [SERVER_PID [WARM_UP_SAVES]]   (the server's CPU time is reported when its pid is given, -1 for none; 2000 warm-up saves unless told)
 * <p>
 * bench/cluster.sh adds, as system properties: {@code bench.faults=FILE}, lines {@code SECOND|LABEL|SHELL COMMAND} run at
 * that second of the load (the kills), with figures before, between and after them; {@code bench.resend=true}, which
 * sends a request that failed in flight again as a browser does (each autosave carries the whole text, and a second
 * submit changes nothing, so resending is safe); {@code bench.target-p99} (ms) and {@code bench.name}.
 */
public class LiveScoringBench {

    static final long PERIOD_MS = 2000;

    static final double TARGET_P99_MS = Double.parseDouble(System.getProperty("bench.target-p99", "25"));
    static final boolean RESEND = Boolean.getBoolean("bench.resend");
    /** How long a browser keeps offering a request again before the person is told it failed. */
    static final long RESEND_FOR_MS = 60_000;
    static final AtomicInteger RESENT = new AtomicInteger();

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final AtomicInteger ERRORS = new AtomicInteger();
    static final ConcurrentLinkedQueue<String> ERROR_SAMPLES = new ConcurrentLinkedQueue<>();

    record Seat(String username, long userId, long interviewId, long questionId) {
    }

    record Card(Seat seat, String token, long scorecardId, long version, List<Object> ratings) {
    }

    /** One autosave that landed: when it was first sent (epoch ms), the server's time for it and the round trip. */
    record Sample(long sentAt, double server, double roundTrip) {
    }

    record Outcome(long scorecardId, String lastText, List<Sample> samples, boolean submitted) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String dbUser = args[2];
        String dbPassword = args[3];
        String admin = args[4];
        String adminPassword = args[5];
        int interviewers = Integer.parseInt(args[6]);
        int seconds = Integer.parseInt(args[7]);
        int saves = (int) (seconds * 1000L / PERIOD_MS);
        long serverPid = args.length > 8 ? Long.parseLong(args[8]) : -1;

        long setupStarted = System.nanoTime();
        String adminToken = token(base, admin, adminPassword);
        long planId = publishedPlan(base, adminToken);
        List<Long> userIds = createInterviewers(jdbcUrl, dbUser, dbPassword, admin, interviewers);
        ExecutorService setup = Executors.newFixedThreadPool(4);
        List<Seat> seats = inParallel(setup, interviewers, i -> openLoop(base, adminToken, planId, i, userIds.get(i)));
        List<Card> cards = inParallel(setup, interviewers, i -> startScorecard(base, seats.get(i), adminPassword));
        setup.shutdown();
        System.out.printf(Locale.ROOT, "set-up: %d interviewers, each with a loop on plan %d and a token, in %.1f s%n",
                interviewers, planId, (System.nanoTime() - setupStarted) / 1e9);

        // A server runs for days: warm its JIT up before measuring, with saves that are not counted.
        int warmUp = args.length > 9 ? Integer.parseInt(args[9]) : 2000;
        long warmStarted = System.nanoTime();
        List<Card> warm = warmUp(base, cards, warmUp);
        System.out.printf(Locale.ROOT, "warm-up: %d saves, not measured, in %.1f s%n", warmUp, (System.nanoTime() - warmStarted) / 1e9);

        ExecutorService load = Executors.newFixedThreadPool(interviewers);
        long start = System.currentTimeMillis() + 500;
        List<Fault> faults = Fault.schedule(start);
        List<Future<Outcome>> running = new ArrayList<>();
        for (int i = 0; i < interviewers; i++) {
            Card card = warm.get(i);
            long firstSave = start + i * PERIOD_MS / interviewers;
            running.add(load.submit(() -> score(base, card, firstSave, saves)));
        }
        System.out.println("load from " + java.time.Instant.ofEpochMilli(start) + " for " + seconds + " s");
        long cpuBefore = cpuMillis(serverPid);
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : running) {
            outcomes.add(f.get());
        }
        long cpuUsed = cpuMillis(serverPid) - cpuBefore;
        load.shutdown();
        for (Fault fault : faults) {
            fault.await();
        }

        int exact = 0;
        int submitted = 0;
        int submittedOnce = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
             PreparedStatement read = db.prepareStatement("SELECT notes, state, (SELECT COUNT(*) FROM audit_event a"
                     + " WHERE a.action = 'scorecard.submitted' AND a.subject = CONCAT('scorecard:', s.id)) AS submits FROM scorecard s WHERE id = ?")) {
            for (Outcome o : outcomes) {
                read.setLong(1, o.scorecardId());
                try (ResultSet rs = read.executeQuery()) {
                    if (rs.next()) {
                        List<?> notes = (List<?>) Json.parse(rs.getString("notes"));
                        String stored = notes.size() == 1 ? (String) ((Map<?, ?>) notes.get(0)).get("text") : null;
                        if (o.lastText().equals(stored)) {
                            exact++;
                        }
                        if ("SUBMITTED".equals(rs.getString("state"))) {
                            submitted++;
                            if (rs.getInt("submits") == 1) {
                                submittedOnce++;
                            }
                        }
                    }
                }
            }
        }

        List<Sample> samples = new ArrayList<>();
        outcomes.forEach(o -> samples.addAll(o.samples()));
        List<Double> server = sorted(samples, Sample::server);
        List<Double> roundTrip = sorted(samples, Sample::roundTrip);
        if (!faults.isEmpty()) {
            Fault.report(System.getProperty("bench.name", "Cluster"), interviewers, seconds, warmUp, samples, faults,
                    exact, submitted, submittedOnce, (long) interviewers * saves);
            return;
        }
        int longest = outcomes.stream().mapToInt(o -> o.lastText().length()).max().orElse(0);
        System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s%n", "autosaves: " + server.size() + " (" + interviewers + " × " + saves + ")", "p50", "p99", "max");
        System.out.printf(Locale.ROOT, "%-44s %8.2f %8.2f %8.2f%n", "server time (Server-Timing), ms", pct(server, 0.5), pct(server, 0.99), pct(server, 1));
        System.out.printf(Locale.ROOT, "%-44s %8.2f %8.2f %8.2f%n", "round trip on loopback, ms", pct(roundTrip, 0.5), pct(roundTrip, 0.99), pct(roundTrip, 1));
        System.out.printf(Locale.ROOT, "errors: %d; submitted: %d of %d; notes in the database equal to the last text sent: %d of %d (up to %d characters)%n",
                ERRORS.get(), submitted, interviewers, exact, interviewers, longest);
        if (serverPid > 0) {
            // CPU per request does not depend on what else the machine runs, unlike the times above.
            System.out.printf(Locale.ROOT, "server CPU during the load: %.1f s, %.1f ms per request (%d saves, %d fills and %d submits)%n",
                    cpuUsed / 1000.0, cpuUsed / (double) (server.size() + 2L * interviewers), server.size(), interviewers, interviewers);
        }
        ERROR_SAMPLES.stream().limit(5).forEach(e -> System.out.println("  error: " + e));

        double p99 = pct(server, 0.99);
        boolean met = p99 <= TARGET_P99_MS && ERRORS.get() == 0 && exact == interviewers && submitted == interviewers
                && server.size() == (long) interviewers * saves;
        System.out.printf(Locale.ROOT, "BENCH|Live scoring, %d interviewers autosaving every 2 s for %d s, MariaDB, after %d warm-up saves|server p50 %.1f ms, p99 %.1f ms, max %.0f ms (round trip p99 %.1f ms); %d errors; %d/%d texts exact, %d/%d submitted|server p99 ≤ %.0f ms; 0 errors; %d/%d exact|%s%n",
                interviewers, seconds, warmUp, pct(server, 0.5), p99, pct(server, 1), pct(roundTrip, 0.99), ERRORS.get(), exact, interviewers,
                submitted, interviewers, TARGET_P99_MS, interviewers, interviewers, met ? "MET" : "MISSED");
    }

    /** One interviewer: a save every two seconds from {@code firstSave} on, then the ratings, the recommendation and submit. */
    static Outcome score(String base, Card card, long firstSave, int saves) throws InterruptedException {
        List<Sample> samples = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        long version = card.version();
        String lastStored = "";
        for (int i = 0; i < saves; i++) {
            long wait = firstSave + i * PERIOD_MS - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait); // paces the load like a person typing; not used to wait for any result
            }
            note.append("Minute ").append(i).append(": the candidate walked through the outage, the rollback and what changed after. ");
            long sentAt = System.currentTimeMillis();
            long sent = System.nanoTime();
            try {
                Saved saved = save(base, card, version, note.toString());
                double rt = (System.nanoTime() - sent) / 1e6;
                if (saved.refused() != null) {
                    error(card, "save " + i + " answered " + saved.refused().statusCode() + ": " + saved.refused().body());
                    version = reload(base, card, version);
                    continue;
                }
                samples.add(new Sample(sentAt, saved.serverTime(), rt));
                version = saved.version();
                lastStored = note.toString();
            } catch (Exception e) {
                error(card, "save " + i + ": " + e);
            }
        }
        boolean submitted = false;
        try {
            StringBuilder ratings = new StringBuilder();
            for (Object r : card.ratings()) {
                Map<?, ?> rating = (Map<?, ?>) r;
                ratings.append(ratings.length() == 0 ? "" : ",").append("{\"competencyId\":").append(rating.get("competencyId"))
                        .append(",\"rubricVersionId\":").append(rating.get("rubricVersionId"))
                        .append(",\"level\":3,\"evidence\":\"Led the incident review and named the follow-ups.\"}");
            }
            String content = "{\"notes\":[" + noteJson(card.seat(), lastStored) + "],\"ratings\":[" + ratings + "],\"recommendation\":\"YES\"}";
            String body = "{\"version\":" + version + ",\"content\":" + content + "}";
            Attempt fill = sendAsBrowser(put(base + "/api/scorecards/" + card.scorecardId(), card.token(), body));
            HttpResponse<String> filled = fill.response();
            if (filled.statusCode() == 409 && fill.resent()) {
                // the first fill landed before its answer was lost: send the same content on the version it made
                long now = reload(base, card, version);
                filled = sendAsBrowser(put(base + "/api/scorecards/" + card.scorecardId(), card.token(),
                        "{\"version\":" + now + ",\"content\":" + content + "}")).response();
            }
            // a submit sent again after a failure in flight answers with the scorecard the first one submitted
            HttpResponse<String> done = filled.statusCode() == 200
                    ? sendAsBrowser(post(base + "/api/scorecards/" + card.scorecardId() + "/submit", card.token(), "{}")).response() : filled;
            submitted = done.statusCode() == 200;
            if (!submitted) {
                error(card, "submit answered " + done.statusCode() + ": " + done.body());
            }
        } catch (Exception e) {
            error(card, "submit: " + e);
        }
        return new Outcome(card.scorecardId(), lastStored, samples, submitted);
    }

    /** An autosave's result: the new version and the server's time, or the answer that refused it. */
    record Saved(long version, double serverTime, HttpResponse<String> refused) {
    }

    /**
     * One autosave as the browser makes it. When a save was sent again after a failure in flight and the answer is
     * a stale version, the first one may have landed: the scorecard is read back, and if it holds this text the
     * save is done; else the text is sent again on the version the server holds.
     */
    static Saved save(String base, Card card, long version, String text) throws Exception {
        String url = base + "/api/scorecards/" + card.scorecardId();
        for (int round = 0; ; round++) {
            String body = "{\"version\":" + version + ",\"content\":{\"notes\":[" + noteJson(card.seat(), text) + "],\"ratings\":[]}}";
            Attempt attempt = sendAsBrowser(put(url, card.token(), body));
            HttpResponse<String> response = attempt.response();
            if (response.statusCode() == 200) {
                return new Saved(((Number) ((Map<?, ?>) Json.parse(response.body())).get("version")).longValue(), serverTime(response), null);
            }
            if (response.statusCode() != 409 || !attempt.resent() || round == 2) {
                return new Saved(version, 0, response);
            }
            HttpResponse<String> stored = sendAsBrowser(get(url, card.token())).response();
            Map<?, ?> scorecard = (Map<?, ?>) Json.parse(ok(stored));
            version = ((Number) scorecard.get("version")).longValue();
            List<?> notes = (List<?>) scorecard.get("notes");
            if (notes != null && notes.size() == 1 && text.equals(((Map<?, ?>) notes.get(0)).get("text"))) {
                return new Saved(version, serverTime(stored), null);
            }
        }
    }

    /** The last answer to a request, and whether it had to be sent more than once. */
    record Attempt(HttpResponse<String> response, boolean resent) {
    }

    /**
     * Sends a request; with {@code bench.resend}, sends it again while it fails in flight (no answer, or the
     * balancer's or server's 5xx), for up to a minute, as the browser's autosave does: after a quarter of a second,
     * then twice as long each time up to two seconds, jittered, so that a crowd of browsers does not come back at once.
     */
    static Attempt sendAsBrowser(HttpRequest request) throws Exception {
        long giveUp = System.currentTimeMillis() + RESEND_FOR_MS;
        boolean resent = false;
        for (int tries = 0; ; tries++) {
            Exception failure = null;
            HttpResponse<String> response = null;
            try {
                response = send(request);
                if (response.statusCode() < 500) {
                    return new Attempt(response, resent);
                }
            } catch (java.io.IOException e) {
                failure = e;
            }
            if (!RESEND || System.currentTimeMillis() > giveUp) {
                if (failure != null) {
                    throw failure;
                }
                return new Attempt(response, resent);
            }
            RESENT.incrementAndGet();
            resent = true;
            long pause = Math.min(2000, 250L << Math.min(tries, 3));
            Thread.sleep(pause / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(pause / 2 + 1)); // the browser's pause
        }
    }

    static List<Double> sorted(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
        List<Double> values = new ArrayList<>();
        samples.forEach(x -> values.add(value.applyAsDouble(x)));
        Collections.sort(values);
        return values;
    }

    /** A fault from the bench.faults file: a shell command run at a second of the load, and when it really ran. */
    static final class Fault {
        /**
         * Requests sent this long before a fault and after it are left out of the figures outside the faults. After a
         * node vanishes, Galera holds commits for evs.suspect_timeout (5 s) until it evicts it; a Panel instance whose
         * readiness failed meanwhile is back in HAProxy after two good checks a second apart.
         */
        static final long BEFORE_MS = 1000;
        static final long AFTER_MS = 10_000;

        final long second;
        final String label;
        final String command;
        final java.util.concurrent.CompletableFuture<Long> ran = new java.util.concurrent.CompletableFuture<>();

        Fault(long second, String label, String command) {
            this.second = second;
            this.label = label;
            this.command = command;
        }

        static List<Fault> schedule(long loadStart) throws Exception {
            String file = System.getProperty("bench.faults");
            List<Fault> faults = new ArrayList<>();
            if (file == null) {
                return faults;
            }
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
                if (!line.isBlank()) {
                    String[] parts = line.split("\\|", 3);
                    faults.add(new Fault(Long.parseLong(parts[0].trim()), parts[1], parts[2]));
                }
            }
            java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            for (Fault f : faults) {
                timer.schedule(f::run, loadStart + f.second * 1000 - System.currentTimeMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            timer.shutdown();
            return faults;
        }

        void run() {
            try {
                long at = System.currentTimeMillis();
                int status = new ProcessBuilder("bash", "-c", command).inheritIO().start().waitFor();
                System.out.printf(Locale.ROOT, "fault at %s: %s (%s, exit %d)%n", java.time.Instant.ofEpochMilli(at), label, command, status);
                ran.complete(at);
            } catch (Exception e) {
                ran.completeExceptionally(e);
            }
        }

        long await() throws Exception {
            return ran.get();
        }

        boolean near(long sentAt) throws Exception {
            return sentAt >= await() - BEFORE_MS && sentAt < await() + AFTER_MS;
        }

        /** The figures before, between and after the faults (outside the seconds around each), and around them. */
        static void report(String name, int interviewers, int seconds, int warmUp, List<Sample> samples, List<Fault> faults,
                           int exact, int submitted, int submittedOnce, long expectedSaves) throws Exception {
            List<String> phases = new ArrayList<>();
            phases.add("before " + faults.get(0).label);
            for (int k = 1; k < faults.size(); k++) {
                phases.add("between the kills");
            }
            phases.add("after " + faults.get(faults.size() - 1).label);
            List<List<Sample>> byPhase = new ArrayList<>();
            phases.forEach(x -> byPhase.add(new ArrayList<>()));
            List<Sample> around = new ArrayList<>();
            for (Sample x : samples) {
                boolean near = false;
                int phase = 0;
                for (Fault f : faults) {
                    near |= f.near(x.sentAt());
                    if (x.sentAt() >= f.await()) {
                        phase++;
                    }
                }
                (near ? around : byPhase.get(phase)).add(x);
            }
            String prefix = name + ", " + interviewers + " interviewers autosaving every 2 s for " + seconds + " s through HAProxy";
            boolean allMet = true;
            for (int k = 0; k < phases.size(); k++) {
                List<Double> rt = sorted(byPhase.get(k), Sample::roundTrip);
                List<Double> sv = sorted(byPhase.get(k), Sample::server);
                boolean met = !rt.isEmpty() && pct(rt, 0.99) <= TARGET_P99_MS;
                allMet &= met;
                System.out.printf(Locale.ROOT, "BENCH|%s, %s (leaving out %d s before and %d s after each kill)|%d autosaves: round trip p50 %.1f ms, p99 %.1f ms (server p50 %.1f ms, p99 %.1f ms)|round trip p99 ≤ %.0f ms|%s%n",
                        prefix, phases.get(k), BEFORE_MS / 1000, AFTER_MS / 1000, rt.size(), pct(rt, 0.5), pct(rt, 0.99), pct(sv, 0.5), pct(sv, 0.99),
                        TARGET_P99_MS, met ? "MET" : "MISSED");
            }
            List<Double> rt = sorted(around, Sample::roundTrip);
            System.out.printf(Locale.ROOT, "BENCH|%s, around the kills (%d s before to %d s after each)|%d autosaves: round trip p50 %.1f ms, p99 %.1f ms, max %.0f ms (a resent request counts from its first try)|—|—%n",
                    prefix, BEFORE_MS / 1000, AFTER_MS / 1000, rt.size(), pct(rt, 0.5), pct(rt, 0.99), pct(rt, 1));
            boolean whole = ERRORS.get() == 0 && samples.size() == expectedSaves;
            System.out.printf(Locale.ROOT, "BENCH|%s, requests (after %d warm-up saves)|%d autosaves landed of %d sent, %d fills and %d submits; %d requests failed in flight and were sent again; %d lost|0 lost|%s%n",
                    prefix, warmUp, samples.size(), expectedSaves, interviewers, interviewers, RESENT.get(), ERRORS.get(), whole ? "MET" : "MISSED");
            System.out.printf(Locale.ROOT, "BENCH|%s, read back from the database|texts exact %d/%d; submissions exactly once %d/%d (%d submitted)|%d/%d and %d/%d|%s%n",
                    prefix, exact, interviewers, submittedOnce, interviewers, submitted, interviewers, interviewers, interviewers, interviewers,
                    exact == interviewers && submittedOnce == interviewers ? "MET" : "MISSED");
            ERROR_SAMPLES.stream().limit(5).forEach(e -> System.out.println("  error: " + e));
            if (!allMet || !whole) {
                System.out.println("(a MISSED figure is reported, not failed: the run itself succeeded)");
            }
        }
    }

    /** Saves back to back from four threads, each card from one thread only; returns the cards at their new versions. */
    static List<Card> warmUp(String base, List<Card> cards, int saves) throws Exception {
        int threads = Math.min(4, cards.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Card> warm = new ArrayList<>(cards);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            List<Integer> mine = new ArrayList<>();
            for (int i = thread; i < cards.size(); i += threads) {
                mine.add(i);
            }
            done.add(pool.submit(() -> {
                for (int k = 0; k < saves / threads; k++) {
                    int i = mine.get(k % mine.size());
                    Card card = warm.get(i);
                    String body = "{\"version\":" + card.version() + ",\"content\":{\"notes\":[" + noteJson(card.seat(), "warming up " + k)
                            + "],\"ratings\":[]}}";
                    HttpResponse<String> r = send(put(base + "/api/scorecards/" + card.scorecardId(), card.token(), body));
                    long version = ((Number) ((Map<?, ?>) Json.parse(ok(r))).get("version")).longValue();
                    warm.set(i, new Card(card.seat(), card.token(), card.scorecardId(), version, card.ratings()));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return warm;
    }

    static String noteJson(Seat seat, CharSequence text) {
        return "{\"questionId\":" + seat.questionId() + ",\"text\":\"" + text + "\"}";
    }

    /** The user and system CPU time of a process so far, from /proc (Linux); 0 when unknown. */
    static long cpuMillis(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime, stime in ticks of 10 ms
        } catch (Exception e) {
            return 0;
        }
    }

    static double serverTime(HttpResponse<?> response) {
        return Double.parseDouble(response.headers().firstValue("Server-Timing").orElseThrow().replaceAll(".*dur=", ""));
    }

    /** After a refused save, the version the server holds, so that the next save is not refused as well. */
    static long reload(String base, Card card, long fallback) {
        try {
            HttpResponse<String> r = send(get(base + "/api/scorecards/" + card.scorecardId(), card.token()));
            return ((Number) ((Map<?, ?>) Json.parse(r.body())).get("version")).longValue();
        } catch (Exception e) {
            return fallback;
        }
    }

    static void error(Card card, String what) {
        ERRORS.incrementAndGet();
        ERROR_SAMPLES.add(card.seat().username() + " " + what.substring(0, Math.min(300, what.length())));
    }

    // ---- set-up ----

    static long publishedPlan(String base, String adminToken) throws Exception {
        List<?> plans = (List<?>) Json.parse(ok(send(get(base + "/api/plans", adminToken))));
        return plans.stream().map(p -> (Map<?, ?>) p).filter(p -> "PUBLISHED".equals(p.get("state")))
                .map(p -> ((Number) p.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no published plan: start Panel with the starter library"));
    }

    /** Accounts straight into the database, with the admin's password hash: bcrypt-hashing 200 passwords would only time bcrypt. */
    static List<Long> createInterviewers(String jdbcUrl, String user, String password, String admin, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            String hash;
            try (PreparedStatement q = db.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
                q.setString(1, admin.toLowerCase(Locale.ROOT));
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no admin " + admin + " in the database");
                    }
                    hash = rs.getString(1);
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO app_user (username, display_name, email, password_hash, roles, enabled,"
                    + " failed_logins, created_at, version) VALUES (?, ?, ?, ?, 'INTERVIEWER', TRUE, 0, CURRENT_TIMESTAMP(6), 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < count; i++) {
                    insert.setString(1, username(i));
                    insert.setString(2, "Bench Interviewer " + i);
                    insert.setString(3, username(i) + "@panel.example");
                    insert.setString(4, hash);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    static String username(int i) {
        return String.format(Locale.ROOT, "bench.interviewer.%03d", i);
    }

    /** A candidate and a loop whose first interview has this interviewer alone on its panel. */
    static Seat openLoop(String base, String adminToken, long planId, int i, long userId) throws Exception {
        Map<?, ?> candidate = (Map<?, ?>) Json.parse(ok(send(post(base + "/api/candidates", adminToken,
                "{\"name\":\"Bench Candidate " + i + "\"}"))));
        Map<?, ?> loop = (Map<?, ?>) Json.parse(ok(send(post(base + "/api/loops", adminToken,
                "{\"candidateId\":" + candidate.get("id") + ",\"planId\":" + planId
                        + ",\"interviews\":[{\"stage\":0,\"interviewerIds\":[" + userId + "]}]}"))));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) loop.get("interviews")).get(0);
        long interviewId = ((Number) ((Map<?, ?>) first.get("interview")).get("id")).longValue();
        long questionId = ((Number) ((List<?>) ((Map<?, ?>) first.get("stage")).get("questionIds")).get(0)).longValue();
        return new Seat(username(i), userId, interviewId, questionId);
    }

    static Card startScorecard(String base, Seat seat, String password) throws Exception {
        String token = token(base, seat.username(), password);
        // reading the scorecard stores nothing; the first save, by the interview, stores the draft (as the page does)
        Map<?, ?> empty = (Map<?, ?>) Json.parse(ok(send(get(base + "/api/interviews/" + seat.interviewId() + "/scorecard", token))));
        Map<?, ?> card = (Map<?, ?>) Json.parse(ok(send(put(base + "/api/interviews/" + seat.interviewId() + "/scorecard", token,
                "{\"content\":{\"notes\":[],\"ratings\":[]}}"))));
        return new Card(seat, token, ((Number) card.get("id")).longValue(), ((Number) card.get("version")).longValue(),
                (List<Object>) empty.get("ratings"));
    }

    static String token(String base, String username, String password) throws Exception {
        String body = ok(send(post(base + "/api/tokens", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")));
        return (String) ((Map<?, ?>) Json.parse(body)).get("token");
    }

    interface Step<T> {
        T run(int i) throws Exception;
    }

    static <T> List<T> inParallel(ExecutorService pool, int count, Step<T> step) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> step.run(n)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    // ---- HTTP ----

    static String ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build();
    }

    static HttpRequest post(String url, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpRequest put(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1));
    }

    /**
     * Just enough JSON to read Panel's answers and the notes column (objects, arrays, strings, numbers, true, false,
     * null): a single-file benchmark has no class path for a JSON library.
     */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.i != text.length()) {
                throw json.fail("trailing text");
            }
            return value;
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    space();
                    if (s.charAt(i) == '}') {
                        i++;
                        return map;
                    }
                    do {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        map.put(key, value());
                        space();
                    } while (s.charAt(i++) == ',');
                    if (s.charAt(i - 1) != '}') {
                        throw fail("expected }");
                    }
                    return map;
                }
                case '[': {
                    i++;
                    List<Object> list = new ArrayList<>();
                    space();
                    if (s.charAt(i) == ']') {
                        i++;
                        return list;
                    }
                    do {
                        list.add(value());
                        space();
                    } while (s.charAt(i++) == ',');
                    if (s.charAt(i - 1) != ']') {
                        throw fail("expected ]");
                    }
                    return list;
                }
                case '"':
                    return string();
                default:
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int from = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    if (from == i) {
                        throw fail("unexpected " + c);
                    }
                    String number = s.substring(from, i);
                    return number.matches("-?\\d+") ? (Number) Long.parseLong(number) : (Number) Double.parseDouble(number);
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw fail("expected " + c);
            }
            i++;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalArgumentException fail(String why) {
            return new IllegalArgumentException(why + " at " + i + " in " + s.substring(Math.max(0, i - 40), Math.min(s.length(), i + 40)));
        }
    }
}
