-- Candidates, loops (a candidate on a frozen copy of a published plan), interviews and their panelists,
-- scorecards with their amendments, and decisions.

CREATE TABLE candidate (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    email       VARCHAR(320) NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE hiring_loop (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    candidate_id   BIGINT      NOT NULL,
    role_id        BIGINT      NOT NULL,
    plan_id        BIGINT      NOT NULL,
    plan_snapshot  LONGTEXT    NOT NULL,
    state          VARCHAR(20) NOT NULL,
    opened_by      VARCHAR(64) NOT NULL,
    opened_at      DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_loop_candidate (candidate_id),
    KEY ix_loop_role (role_id),
    CONSTRAINT fk_loop_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_loop_role FOREIGN KEY (role_id) REFERENCES job_role (id),
    CONSTRAINT fk_loop_plan FOREIGN KEY (plan_id) REFERENCES question_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE interview (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    loop_id       BIGINT      NOT NULL,
    stage_index   INT         NOT NULL,
    scheduled_at  DATETIME(6) NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_interview_stage (loop_id, stage_index),
    CONSTRAINT fk_interview_loop FOREIGN KEY (loop_id) REFERENCES hiring_loop (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE interview_panelist (
    id            BIGINT NOT NULL AUTO_INCREMENT,
    interview_id  BIGINT NOT NULL,
    loop_id       BIGINT NOT NULL,
    user_id       BIGINT NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_panelist (interview_id, user_id),
    KEY ix_panelist_user (user_id),
    KEY ix_panelist_loop (loop_id, user_id),
    CONSTRAINT fk_panelist_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_panelist_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE scorecard (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    interview_id     BIGINT      NOT NULL,
    loop_id          BIGINT      NOT NULL,
    interviewer_id   BIGINT      NOT NULL,
    state            VARCHAR(20) NOT NULL,
    recommendation   VARCHAR(20) NULL,
    notes            LONGTEXT    NOT NULL,
    ratings          LONGTEXT    NOT NULL,
    submitted_at     DATETIME(6) NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_scorecard (interview_id, interviewer_id),
    KEY ix_scorecard_loop (loop_id, state),
    KEY ix_scorecard_interviewer (interviewer_id),
    CONSTRAINT fk_scorecard_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_scorecard_interviewer FOREIGN KEY (interviewer_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The scorecard as it was before each amendment; never changed or deleted.
CREATE TABLE scorecard_amendment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    scorecard_id  BIGINT        NOT NULL,
    amended_by    VARCHAR(64)   NOT NULL,
    amended_at    DATETIME(6)   NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    previous      LONGTEXT      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_amendment_scorecard (scorecard_id),
    CONSTRAINT fk_amendment_scorecard FOREIGN KEY (scorecard_id) REFERENCES scorecard (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE decision (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    loop_id     BIGINT        NOT NULL,
    outcome     VARCHAR(20)   NOT NULL,
    reason      VARCHAR(4000) NOT NULL,
    decided_by  VARCHAR(64)   NOT NULL,
    decided_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_decision_loop (loop_id),
    CONSTRAINT fk_decision_loop FOREIGN KEY (loop_id) REFERENCES hiring_loop (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
