-- Historical ratings imported from other tools, each import a named dataset, and the indexes that the
-- rating stream's filters (loop, candidate, role, date range, dataset) need.

CREATE TABLE rating_dataset (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    name          VARCHAR(200) NOT NULL,
    rating_count  INT          NOT NULL,
    imported_by   VARCHAR(64)  NOT NULL,
    imported_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_rating_dataset_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One rating as the file gave it; source_row is its row in the file (the header is row 1).
CREATE TABLE imported_rating (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    dataset_id      BIGINT       NOT NULL,
    source_row      BIGINT       NOT NULL,
    candidate       VARCHAR(200) NOT NULL,
    interviewer     VARCHAR(200) NOT NULL,
    competency      VARCHAR(200) NOT NULL,
    rating          INT          NOT NULL,
    scale           INT          NOT NULL,
    rated_at        DATETIME(6)  NULL,
    stage           VARCHAR(200) NULL,
    role            VARCHAR(200) NULL,
    recommendation  VARCHAR(20)  NULL,
    PRIMARY KEY (id),
    KEY ix_imported_rating_dataset (dataset_id, id),
    KEY ix_imported_rating_dataset_date (dataset_id, rated_at),
    KEY ix_imported_rating_dataset_role (dataset_id, role),
    CONSTRAINT fk_imported_rating_dataset FOREIGN KEY (dataset_id) REFERENCES rating_dataset (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Exports and calibration read submitted scorecards by date range.
CREATE INDEX ix_scorecard_submitted ON scorecard (state, submitted_at);
