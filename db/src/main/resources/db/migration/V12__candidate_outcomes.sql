-- How hires later did: named checkpoints ("90-day review") with their own rating scale, and a hire's outcome at
-- a checkpoint, overall (competency_id 0) or for one competency of the loop's plan. One row per (loop,
-- checkpoint, competency or overall): entering it again updates that row. competency_id is 0 rather than NULL
-- for the overall outcome so that the unique key holds (a unique key lets any number of NULLs through).

CREATE TABLE outcome_checkpoint (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    scale_max   INT          NOT NULL,
    position    INT          NOT NULL,
    retired_at  DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_checkpoint_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO outcome_checkpoint (name, scale_max, position, version) VALUES
    ('90-day review', 5, 1, 0),
    ('1-year performance', 5, 2, 0);

CREATE TABLE candidate_outcome (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    loop_id         BIGINT      NOT NULL,
    checkpoint_id   BIGINT      NOT NULL,
    competency_id   BIGINT      NOT NULL DEFAULT 0,
    level           INT         NULL,
    still_employed  BOOLEAN     NULL,
    observed_on     DATE        NULL,
    recorded_by     VARCHAR(64) NOT NULL,
    recorded_at     DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_candidate_outcome (loop_id, checkpoint_id, competency_id),
    KEY ix_outcome_checkpoint (checkpoint_id),
    CONSTRAINT fk_outcome_loop FOREIGN KEY (loop_id) REFERENCES hiring_loop (id),
    CONSTRAINT fk_outcome_checkpoint FOREIGN KEY (checkpoint_id) REFERENCES outcome_checkpoint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
