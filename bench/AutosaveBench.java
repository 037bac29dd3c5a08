import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Autosaves one scorecard over the REST API, as the scoring view does, with a note that grows by a
 * sentence each time, and reports the server's own time per save (its Server-Timing header) and the
 * round trip on loopback. Run by bench/autosave.sh against a running Panel with the demo accounts.
 * Usage: java bench/AutosaveBench.java BASE_URL SAVES
 */
public class AutosaveBench {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int saves = Integer.parseInt(args[1]);
        String token = find(send(post(base + "/api/tokens", null,
                "{\"username\":\"interviewer.a\",\"password\":\"panel-demo\"}")).body(), "\"token\":\"([^\"]+)\"");
        String interviews = send(get(base + "/api/interviews", token)).body();
        Matcher open = Pattern.compile("\"interview\":\\{\"id\":(\\d+).*?\"questionIds\":\\[(\\d+).*?\"loopState\":\"OPEN\"").matcher(interviews);
        String scorecardId = null;
        String questionId = null;
        long version = 0;
        while (open.find() && scorecardId == null) {
            String card = send(get(base + "/api/interviews/" + open.group(1) + "/scorecard", token)).body();
            if (card.contains("\"state\":\"DRAFT\"")) {
                scorecardId = find(card, "^\\{\"id\":(\\d+)");
                version = Long.parseLong(find(card, "\"version\":(\\d+)"));
                questionId = open.group(2);
            }
        }
        if (scorecardId == null) {
            throw new IllegalStateException("interviewer.a has no open draft scorecard: start Panel in demo mode on a fresh data directory");
        }
        List<Double> server = new ArrayList<>();
        List<Double> roundTrip = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < saves; i++) {
            note.append("Sentence ").append(i).append(" of what the candidate said about the incident review. ");
            String body = "{\"version\":" + version + ",\"content\":{\"notes\":[{\"questionId\":" + questionId
                    + ",\"text\":\"" + note + "\"}],\"ratings\":[]}}";
            long started = System.nanoTime();
            HttpResponse<String> response = send(put(base + "/api/scorecards/" + scorecardId, token, body));
            roundTrip.add((System.nanoTime() - started) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("save " + i + " answered " + response.statusCode() + ": " + response.body());
            }
            version = Long.parseLong(find(response.body(), "\"version\":(\\d+)"));
            server.add(Double.parseDouble(response.headers().firstValue("Server-Timing").orElseThrow().replaceAll(".*dur=", "")));
        }
        String stored = send(get(base + "/api/scorecards/" + scorecardId, token)).body();
        boolean intact = stored.contains(note.substring(note.length() - 60));
        int warmup = Math.min(saves / 10, 100);
        System.out.printf("%-34s %8s %8s %8s%n", "autosave (" + (saves - warmup) + " saves after " + warmup + " warm-up)", "median", "p99", "max");
        print("server time (Server-Timing), ms", server.subList(warmup, saves));
        print("round trip on loopback, ms", roundTrip.subList(warmup, saves));
        System.out.printf("final note: %d characters, stored intact: %s%n", note.length(), intact);
        if (!intact) {
            System.exit(1);
        }
    }

    static void print(String label, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("%-34s %8.2f %8.2f %8.2f%n", label, sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.get(sorted.size() - 1));
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
    }

    static HttpRequest post(String url, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpRequest put(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
