package dev.panel.testing;

import dev.panel.loop.FrozenPlan;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;

import java.net.http.HttpResponse;
import java.util.Map;

/** The scorecard calls an interviewer's browser or script makes, through the API, as one signed-in person. */
public final class ScorecardCalls {

    private final PanelClient client;
    private final ApiJson json;

    public ScorecardCalls(PanelClient client, ApiJson json) {
        this.client = client;
        this.json = json;
    }

    /** The caller's own scorecard for the interview; not stored (no id) until the first save. */
    public Scorecard mine(long interviewId) {
        return json.read(client.get("/api/interviews/" + interviewId + "/scorecard"), 200, Scorecard.class);
    }

    /** The caller's own scorecard for the interview, stored as an empty draft if it was not yet (as a first autosave does). */
    public Scorecard started(long interviewId) {
        Scorecard mine = mine(interviewId);
        return mine.id() != null ? mine : json.read(save(mine, new ScorecardContent(java.util.List.of(), mine.ratings(), null)), 200, Scorecard.class);
    }

    public HttpResponse<String> get(long scorecardId) {
        return client.get("/api/scorecards/" + scorecardId);
    }

    /** Saves a draft over the version {@code basedOn} was read at; one never stored is stored by its interview, as the page does. */
    public HttpResponse<String> save(Scorecard basedOn, ScorecardContent content) {
        if (basedOn.id() == null) {
            return client.putJson("/api/interviews/" + basedOn.interviewId() + "/scorecard", json.write(Map.of("content", content)));
        }
        return client.putJson("/api/scorecards/" + basedOn.id(), json.write(Map.of("version", basedOn.version(), "content", content)));
    }

    public HttpResponse<String> submit(long scorecardId) {
        return client.post("/api/scorecards/" + scorecardId + "/submit");
    }

    /** The caller's scorecard for the interview, completed with this evidence (see {@link LoopFixture#complete}) and submitted. */
    public Scorecard submitted(long interviewId, FrozenPlan.Stage stage, String evidence) {
        Scorecard saved = json.read(save(mine(interviewId), LoopFixture.complete(stage, evidence)), 200, Scorecard.class);
        return json.read(submit(saved.id()), 200, Scorecard.class);
    }
}
