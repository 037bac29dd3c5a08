-- Calibration drills: interviewers rate the same anonymised sample answers blind, are compared with the
-- consensus, and earn a calibrated status per competency that expires.

CREATE TABLE drill (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    slug               VARCHAR(64)   NULL,
    title              VARCHAR(200)  NOT NULL,
    prompt             VARCHAR(2000) NOT NULL,
    competency_id      BIGINT        NOT NULL,
    question_id        BIGINT        NULL,
    rubric_version_id  BIGINT        NOT NULL,
    state              VARCHAR(20)   NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    opened_at          DATETIME(6)   NULL,
    closed_at          DATETIME(6)   NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_drill_slug (slug),
    KEY ix_drill_state (state),
    KEY ix_drill_competency (competency_id),
    CONSTRAINT fk_drill_competency FOREIGN KEY (competency_id) REFERENCES competency (id),
    CONSTRAINT fk_drill_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_drill_rubric FOREIGN KEY (rubric_version_id) REFERENCES rubric_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- consensus_source: MANAGER (set by the hiring manager) or MEDIAN (the ratings' median when the drill closed).
CREATE TABLE drill_sample (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    drill_id          BIGINT       NOT NULL,
    position          INT          NOT NULL,
    answer            LONGTEXT     NOT NULL,
    consensus_level   INT          NULL,
    consensus_source  VARCHAR(20)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_drill_sample_position (drill_id, position),
    CONSTRAINT fk_drill_sample_drill FOREIGN KEY (drill_id) REFERENCES drill (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE drill_rating (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    drill_id        BIGINT       NOT NULL,
    sample_id       BIGINT       NOT NULL,
    interviewer_id  BIGINT       NOT NULL,
    level           INT          NULL,
    evidence        LONGTEXT     NOT NULL,
    submitted       BOOLEAN      NOT NULL DEFAULT FALSE,
    submitted_at    DATETIME(6)  NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_drill_rating (sample_id, interviewer_id),
    KEY ix_drill_rating_drill (drill_id, interviewer_id),
    CONSTRAINT fk_drill_rating_drill FOREIGN KEY (drill_id) REFERENCES drill (id),
    CONSTRAINT fk_drill_rating_sample FOREIGN KEY (sample_id) REFERENCES drill_sample (id),
    CONSTRAINT fk_drill_rating_interviewer FOREIGN KEY (interviewer_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per status earned; the current status is the newest row that has not expired.
CREATE TABLE calibrated_status (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    interviewer_id  BIGINT       NOT NULL,
    competency_id   BIGINT       NOT NULL,
    drill_id        BIGINT       NOT NULL,
    kappa           DOUBLE       NOT NULL,
    achieved_at     DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_calibrated_interviewer (interviewer_id, expires_at),
    CONSTRAINT fk_calibrated_interviewer FOREIGN KEY (interviewer_id) REFERENCES app_user (id),
    CONSTRAINT fk_calibrated_competency FOREIGN KEY (competency_id) REFERENCES competency (id),
    CONSTRAINT fk_calibrated_drill FOREIGN KEY (drill_id) REFERENCES drill (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
